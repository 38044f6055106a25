package org.koryu.event.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class OccurrenceTest {

    private static final LocalDate DAY = LocalDate.of(2023, 7, 20);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime TWO = LocalTime.of(14, 0);

    @Test
    void ofMakesAPlannedDayWithHours() {
        Occurrence occurrence = Occurrence.of(DAY, TEN, TWO);

        assertThat(occurrence.status()).isEqualTo(OccurrenceStatus.SCHEDULED);
        assertThat(occurrence.movedFrom()).isNull();
        assertThat(occurrence.isAllDay()).isFalse();
    }

    @Test
    void withoutHoursItLastsAllDay() {
        assertThat(Occurrence.of(DAY, null, null).isAllDay()).isTrue();
    }

    @Test
    void needsADate() {
        assertThatIllegalArgumentException().isThrownBy(() -> Occurrence.of(null, TEN, TWO))
                .withMessage("an occurrence needs a date");
    }

    @Test
    void needsAStatus() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Occurrence(DAY, TEN, TWO, null, null))
                .withMessage("occurrence on 2023-07-20 needs a status");
    }

    @Test
    void needsBothTimesOrNeither() {
        assertThatIllegalArgumentException().isThrownBy(() -> Occurrence.of(DAY, TEN, null))
                .withMessageContaining("has only an opening time");
        assertThatIllegalArgumentException().isThrownBy(() -> Occurrence.of(DAY, null, TWO))
                .withMessageContaining("has only a closing time");
    }

    @Test
    void mustEndAfterItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Occurrence.of(DAY, TWO, TEN))
                .withMessage("occurrence on 2023-07-20 ends at 10:00, which is not after its start at 14:00");
        assertThatIllegalArgumentException().isThrownBy(() -> Occurrence.of(DAY, TEN, TEN))
                .withMessageContaining("not after its start");
    }

    @Test
    void aMovedOccurrenceNamesTheDateItWasMovedFrom() {
        LocalDate from = LocalDate.of(2023, 7, 13);

        Occurrence moved = new Occurrence(DAY, TEN, TWO, OccurrenceStatus.MOVED, from);

        assertThat(moved.movedFrom()).isEqualTo(from);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Occurrence(DAY, TEN, TWO, OccurrenceStatus.MOVED, null))
                .withMessageContaining("does not say which date it was moved from");
    }

    @Test
    void onlyAMovedOccurrenceNamesADateItWasMovedFrom() {
        LocalDate from = LocalDate.of(2023, 7, 13);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Occurrence(DAY, TEN, TWO, OccurrenceStatus.SCHEDULED, from))
                .withMessageContaining("is scheduled but names a date it was moved from (2023-07-13)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Occurrence(DAY, TEN, TWO, OccurrenceStatus.CANCELLED, from))
                .withMessageContaining("is cancelled");
    }

    @Test
    void cannotBeMovedFromItsOwnDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Occurrence(DAY, TEN, TWO, OccurrenceStatus.MOVED, DAY))
                .withMessageContaining("cannot be moved from its own date");
    }

    @Test
    void withHoursKeepsStatusAndOrigin() {
        LocalDate from = LocalDate.of(2023, 7, 13);
        Occurrence moved = new Occurrence(DAY, TEN, TWO, OccurrenceStatus.MOVED, from);

        Occurrence changed = moved.withHours(LocalTime.of(11, 0), TWO);

        assertThat(changed).isEqualTo(new Occurrence(DAY, LocalTime.of(11, 0), TWO, OccurrenceStatus.MOVED, from));
    }
}
