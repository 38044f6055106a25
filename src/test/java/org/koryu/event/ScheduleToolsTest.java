package org.koryu.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleToolsTest {

    private static LocalTime t(String time) {
        return LocalTime.parse(time);
    }

    @Test
    void aRangeWithAFirstDayExceptionPrintsAsTheWardWritesIt() {
        List<OccurrenceContent> days = ScheduleTools.range(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 25),
                t("08:30"), t("17:00"), t("10:00"), null);
        assertThat(days).hasSize(7);
        assertThat(days.get(0).start()).isEqualTo("10:00");
        assertThat(days.get(6).end()).isEqualTo("17:00");
        assertThat(ScheduleTools.preview(days).line()).isEqualTo("9月19日(火)～25日(月) 8:30～17:00 ※初日は10:00から");
    }

    @Test
    void aRangeAcrossTheMonthEndWithALastDayException() {
        List<OccurrenceContent> days = ScheduleTools.range(LocalDate.of(2023, 8, 31), LocalDate.of(2023, 9, 1),
                t("10:00"), t("14:00"), null, t("13:00"));
        assertThat(ScheduleTools.preview(days).line()).isEqualTo("8月31日(木)～9月1日(金) 10:00～14:00 ※最終日13:00まで");
    }

    @Test
    void aBackwardRangeOrHalfGivenHoursAreRefusedWithTheReason() {
        assertThatThrownBy(() -> ScheduleTools.range(LocalDate.of(2023, 9, 25), LocalDate.of(2023, 9, 19), null, null, null, null))
                .hasMessageContaining("before the first");
        assertThatThrownBy(() -> ScheduleTools.range(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 20), t("10:00"), null, null, null))
                .hasMessageContaining("both the opening and the closing");
        assertThatThrownBy(() -> ScheduleTools.range(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 2), null, null, null, null))
                .hasMessageContaining("at most 366 days");
    }

    @Test
    void aPrintedLineGivesItsDays() {
        ScheduleTools.FromLine read = ScheduleTools.fromLine("９月１９日(火)～２５日(月) 8:30〜17:00 ※初日は10:00から", 2023);
        assertThat(read.occurrences()).hasSize(7);
        assertThat(read.occurrences().get(0)).isEqualTo(new OccurrenceContent("2023-09-19", "10:00", "17:00", "scheduled", null));
        assertThat(ScheduleTools.preview(read.occurrences()).line()).isEqualTo("9月19日(火)～25日(月) 8:30～17:00 ※初日は10:00から");
    }

    @Test
    void aLineWithoutAMonthOrWithAnImpossibleDayIsRefused() {
        assertThatThrownBy(() -> ScheduleTools.fromLine("19日～25日", 2023)).hasMessageContaining("month");
        assertThatThrownBy(() -> ScheduleTools.fromLine("2月30日 10:00～15:00", 2023)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePreviewNamesTheFaultyFieldInsteadOfALine() {
        ScheduleTools.Preview preview = ScheduleTools.preview(List.of(
                new OccurrenceContent("2023-09-19", "15:00", "10:00", null, null)));
        assertThat(preview.line()).isEmpty();
        assertThat(preview.problems()).extracting(v -> v.field()).containsExactly("occurrences[0].end");
    }
}
