/**
 * Moving all of Koryu's data: one archive (manifest, a JSON-lines file per table, the media files,
 * each with its checksum) exported and imported by the management API and by a command.
 */
package org.koryu.transfer;
