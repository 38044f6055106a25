package org.koryu.event.schedule;

import java.util.List;

import org.koryu.content.Fault;

/**
 * What a 日時 line says: its occurrences in date order, warnings about what was read but should be
 * checked against the source (a repaired typo), and the ※ note that is not an hours exception
 * (without the ※ mark; several notes stay separated by " ※"), or null when there is none.
 */
public record ParsedSchedule(List<Occurrence> occurrences, List<Fault> warnings, String note) {

    public ParsedSchedule {
        occurrences = List.copyOf(occurrences);
        warnings = List.copyOf(warnings);
    }
}
