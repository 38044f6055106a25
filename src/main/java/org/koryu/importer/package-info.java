/**
 * Imports an event calendar pasted from a ward page: reads its month headings, entries, 日時 and
 * 場所 lines into entries to preview, with line-by-line problems, and matches titles to partners.
 */
package org.koryu.importer;
