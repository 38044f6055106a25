package org.koryu.backup;

/** Koryu runs on a database server, which is backed up with the server's own tools, not by Koryu. */
public class BackupNotHereException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupNotHereException() {
        super("Koryu runs on a database server here: back it up with pg_dump and copy the media folder "
                + "(README, Backups); Koryu's online backup is for its embedded database");
    }
}
