package org.koryu.importer;

import java.util.List;

/**
 * The result of reading a calendar text: the entries that can be created, the problems by line
 * (sorted by line), and the page-wide ※ notices (without the mark) that stand before the first
 * month heading.
 */
public record CalendarReading(List<CalendarEntry> entries, List<ImportProblem> problems, List<String> notices) {

    public CalendarReading {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }
}
