package org.koryu.event;

import java.io.Serializable;

/**
 * One day of an event as stored and exchanged: date {@code 2023-09-19}, times {@code HH:mm}
 * (both or neither), status {@code scheduled}, {@code cancelled} (中止) or {@code moved} (延期,
 * with the date it moved from). Kept as text so that a wrong date is reported on its own field.
 */
public record OccurrenceContent(String date, String start, String end, String status, String movedFrom) implements Serializable {
}
