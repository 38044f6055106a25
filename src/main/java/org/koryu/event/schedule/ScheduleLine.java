package org.koryu.event.schedule;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads one 日時 line of a ward calendar in the context of the month heading it stands under,
 * in every style the ward's pages use:
 * {@code 20日 10:00～14:00}, {@code 28日～29日 9:30～15:30},
 * {@code 31日～9/1日 10:00～14:00 ※最終日13:00まで}, {@code 19日～25日 8:30～17:00 ※初日は10:00から},
 * {@code 19日、25日 10:00～15:00}, {@code 20日 11:00～19:00/21日 10:00～16:00}, and the lines
 * {@link ScheduleText} prints. Full-width digits and signs, 〜 ～ ~ and spaces between tokens are
 * all accepted. How day, month and year are placed is told in {@link LineDates}; the grammar in
 * {@link ScheduleLineReader}.
 *
 * <p>It never guesses silently: the one repair it makes (the typo {@code 10月～14日} for
 * 10日～14日) comes with a warning, and anything else it cannot read for sure is refused with a
 * {@link ScheduleLineException} that quotes the fragment.
 */
public final class ScheduleLine {

    private ScheduleLine() {
    }

    /**
     * @param text  the line after its 日時 label, as written
     * @param month the month heading the line stands under; it gives the year and the month of days written without one
     */
    public static ParsedSchedule parse(String text, YearMonth month) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(month, "month");
        int notesFrom = text.indexOf('※');
        if (notesFrom < 0) {
            notesFrom = text.length();
        }
        ScheduleLineReader reader = new ScheduleLineReader(new ScheduleCursor(text, 0, notesFrom), month);
        List<Occurrence> sorted = reader.read().stream().sorted(Comparator.comparing(Occurrence::date)).toList();
        BoundaryDayNotes notes = BoundaryDayNotes.read(text, notesFrom);
        return new ParsedSchedule(notes.applyTo(sorted), reader.warnings(), notes.otherNote());
    }
}
