/**
 * Online backups of the running system: embedded Derby's own online backup plus the media folder,
 * taken while Koryu keeps serving. PostgreSQL is backed up with its own tool, pg_dump (README).
 */
package org.koryu.backup;
