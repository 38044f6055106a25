package org.koryu.event.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OccurrenceStatusTest {

    @Test
    void keysAreTheStableLowerCaseNames() {
        assertThat(OccurrenceStatus.SCHEDULED.key()).isEqualTo("scheduled");
        assertThat(OccurrenceStatus.CANCELLED.key()).isEqualTo("cancelled");
        assertThat(OccurrenceStatus.MOVED.key()).isEqualTo("moved");
    }

    @Test
    void findsAStatusByItsKey() {
        for (OccurrenceStatus status : OccurrenceStatus.values()) {
            assertThat(OccurrenceStatus.byKey(status.key())).contains(status);
        }
    }

    @Test
    void answersNothingForAnUnknownOrMissingKey() {
        assertThat(OccurrenceStatus.byKey("CANCELLED")).isEmpty();
        assertThat(OccurrenceStatus.byKey("postponed")).isEmpty();
        assertThat(OccurrenceStatus.byKey(null)).isEmpty();
    }
}
