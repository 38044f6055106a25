package org.koryu.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.koryu.content.ValidationException;
import org.koryu.content.Violation;

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
    void aBackwardRangeOrHalfGivenHoursAreRefusedBesideTheInputAtFault() {
        assertThat(rangeFaults(LocalDate.of(2023, 9, 25), LocalDate.of(2023, 9, 19), null, null, null, null))
                .containsExactly(new Violation("rangeTo", EventCode.RANGE_END_BEFORE_START,
                        List.of(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 25))));
        assertThat(rangeFaults(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 20), t("10:00"), null, null, null))
                .containsExactly(new Violation("rangeEnd", EventCode.TIMES_INCOMPLETE, List.of()));
        assertThat(rangeFaults(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 2), null, null, null, null))
                .extracting(Violation::message).containsExactly("at most 366 days at once");
        assertThat(rangeFaults(null, null, null, null, t("10:00"), null)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple("rangeTo", EventCode.RANGE_DAYS_REQUIRED), tuple("rangeStart", EventCode.RANGE_DAILY_HOURS_FIRST));
    }

    @Test
    void firstAndLastDayHoursMustLeaveTheDayOpen() {
        assertThat(rangeFaults(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 25), t("10:00"), t("17:00"), t("18:00"), t("09:00")))
                .containsExactly(new Violation("firstDayStart", EventCode.END_NOT_AFTER_START, List.of("18:00", "17:00")),
                        new Violation("lastDayEnd", EventCode.END_NOT_AFTER_START, List.of("10:00", "09:00")));
        assertThat(rangeFaults(LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 19), t("10:00"), t("17:00"), t("13:00"), t("12:00")))
                .as("one day opens at its first-day hour and closes at its last-day hour")
                .extracting(Violation::field).containsExactly("firstDayStart", "lastDayEnd");
    }

    private static List<Violation> rangeFaults(LocalDate from, LocalDate to, LocalTime start, LocalTime end,
                                               LocalTime firstDayStart, LocalTime lastDayEnd) {
        try {
            ScheduleTools.range(from, to, start, end, firstDayStart, lastDayEnd);
        } catch (ValidationException e) {
            return e.violations();
        }
        throw new AssertionError("the range was filled");
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
        assertThatThrownBy(() -> ScheduleTools.fromLine("19日～25日", 2023)).isInstanceOf(ValidationException.class)
                .hasMessage("line: write the month too, e.g. 9月19日～25日");
        assertThatThrownBy(() -> ScheduleTools.fromLine("2月30日 10:00～15:00", 2023)).isInstanceOf(ValidationException.class)
                .hasMessage("line: 2月30日 does not exist: February 2023 has 28 days");
    }

    @Test
    void thePreviewNamesTheFaultyFieldInsteadOfALine() {
        ScheduleTools.Preview preview = ScheduleTools.preview(List.of(
                new OccurrenceContent("2023-09-19", "15:00", "10:00", null, null)));
        assertThat(preview.line()).isEmpty();
        assertThat(preview.problems()).extracting(v -> v.field()).containsExactly("occurrences[0].end");
    }
}
