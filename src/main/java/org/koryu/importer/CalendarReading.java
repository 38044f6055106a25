package org.koryu.importer;

import java.util.List;

/**
 * The result of reading a calendar text: the entries that can be created, the entries left out for
 * their errors (still checked for what else is wrong with them, so a line's problems show at
 * once), the problems by line (sorted by line), and the page-wide ※ notices (without the mark)
 * that stand before the first month heading.
 */
public record CalendarReading(List<CalendarEntry> entries, List<LeftOut> leftOut, List<ImportProblem> problems,
                              List<String> notices) {

    /** An entry with errors: its event line, title and the venues its 場所 line names. */
    public record LeftOut(int line, String title, List<VenueName> venues) {

        public LeftOut {
            venues = List.copyOf(venues);
        }
    }

    public CalendarReading {
        entries = List.copyOf(entries);
        leftOut = List.copyOf(leftOut);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }
}
