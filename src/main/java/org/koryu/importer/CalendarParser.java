package org.koryu.importer;

/**
 * Reads an event calendar in the format of the ward's exchange page: month headings (7月), then
 * for each event a "kind title" line (物産展 吾妻の朝市), a 日時 line and a 場所 line, with
 * optional ※ notes. Every problem names its line, so an editor can fix the source and import
 * again; see {@link CalendarScan} for where the calendar starts and what counts as a notice.
 */
public final class CalendarParser {

    /**
     * @param text the pasted text, a whole page or just its calendar
     * @param year the year of the first month heading that does not write one
     */
    public CalendarReading read(String text, int year) {
        CalendarScan scan = new CalendarScan(year);
        String[] lines = text.replace("\uFEFF", "").split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            scan.read(CalendarLine.of(i + 1, lines[i]));
        }
        return scan.finish();
    }
}
