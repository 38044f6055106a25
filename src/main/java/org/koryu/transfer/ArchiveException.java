package org.koryu.transfer;

/** Why an archive cannot be written or taken: each reason has a stable code for clients and scripts. */
public class ArchiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The reasons, each with the HTTP status the management API answers it with. */
    public enum Reason {
        UNREADABLE(400, "archive-unreadable"),
        UNSUPPORTED_VERSION(400, "archive-version-unsupported"),
        CHECKSUM_MISMATCH(400, "archive-checksum-mismatch"),
        INVALID_ROW(400, "archive-row-invalid"),
        SCHEMA_MISMATCH(409, "archive-schema-mismatch"),
        DATABASE_NOT_EMPTY(409, "database-not-empty"),
        TABLE_NOT_COVERED(500, "archive-table-not-covered"),
        MEDIA_FILE_MISSING(500, "archive-media-missing");

        private final int status;
        private final String code;

        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public ArchiveException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ArchiveException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
