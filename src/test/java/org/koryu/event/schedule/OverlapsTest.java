package org.koryu.event.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class OverlapsTest {

    private static final LocalDate D1 = LocalDate.of(2023, 9, 19);
    private static final LocalDate D2 = D1.plusDays(1);

    private static Occurrence at(LocalDate day, String start, String end) {
        return Occurrence.of(day, start == null ? null : LocalTime.parse(start), end == null ? null : LocalTime.parse(end));
    }

    @Test
    void overlappingHoursOnTheSameDayMeet() {
        assertThat(Overlaps.between(List.of(at(D1, "10:00", "15:00"), at(D2, "10:00", "15:00")),
                List.of(at(D2, "14:30", "18:00")))).containsExactly(D2);
    }

    @Test
    void touchingHoursDoNotMeet() {
        assertThat(Overlaps.between(List.of(at(D1, "08:30", "12:00")), List.of(at(D1, "12:00", "17:00")))).isEmpty();
    }

    @Test
    void anAllDayOccurrenceMeetsAnyHours() {
        assertThat(Overlaps.between(List.of(at(D1, null, null)), List.of(at(D1, "16:00", "17:00")))).containsExactly(D1);
    }

    @Test
    void otherDaysAndCancelledDaysDoNotMeet() {
        Occurrence cancelled = new Occurrence(D1, LocalTime.of(10, 0), LocalTime.of(15, 0), OccurrenceStatus.CANCELLED, null);
        assertThat(Overlaps.between(List.of(at(D1, "10:00", "15:00")), List.of(cancelled, at(D2, "10:00", "15:00")))).isEmpty();
        assertThat(Overlaps.between(List.of(cancelled), List.of(at(D1, "10:00", "15:00")))).isEmpty();
    }
}
