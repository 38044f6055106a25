package org.koryu.transfer;

/** Fired after an archive was imported: whatever this instance keeps from the database must be read again. */
public record ArchiveImported(int tables, int mediaFiles) {
}
