package org.koryu.event.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koryu.event.schedule.Days.allDay;
import static org.koryu.event.schedule.Days.cancelled;
import static org.koryu.event.schedule.Days.day;
import static org.koryu.event.schedule.Days.moved;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTextTest {

    @Test
    void noOccurrencesPrintNothing() {
        assertThat(ScheduleText.of(List.of())).isEmpty();
    }

    @Test
    void aSingleDayWithItsWeekdayAndHours() {
        assertThat(ScheduleText.of(List.of(day("2023-07-20", "10:00", "14:00"))))
                .isEqualTo("7月20日(木) 10:00～14:00");
    }

    @Test
    void hoursHaveNoLeadingZero() {
        assertThat(ScheduleText.of(List.of(day("2023-09-19", "8:30", "9:05"))))
                .isEqualTo("9月19日(火) 8:30～9:05");
    }

    @Test
    void consecutiveDaysWithTheSameHoursFormARange() {
        assertThat(ScheduleText.of(List.of(day("2023-09-28", "9:30", "15:30"), day("2023-09-29", "9:30", "15:30"))))
                .isEqualTo("9月28日(木)～29日(金) 9:30～15:30");
    }

    @Test
    void aRangeRepeatsTheMonthOnlyWhenItChanges() {
        assertThat(ScheduleText.of(List.of(day("2023-08-31", "10:00", "14:00"), day("2023-09-01", "10:00", "14:00"))))
                .isEqualTo("8月31日(木)～9月1日(金) 10:00～14:00");
    }

    @Test
    void aRangeAcrossTheYearEndWritesTheNewYear() {
        assertThat(ScheduleText.of(List.of(allDay("2023-12-30"), allDay("2023-12-31"),
                allDay("2024-01-01"), allDay("2024-01-02"))))
                .isEqualTo("12月30日(土)～2024年1月2日(火)");
    }

    @Test
    void aLaterFirstOpeningIsNotedAfterTheBaseHours() {
        assertThat(ScheduleText.of(List.of(day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"),
                day("2023-09-21", "8:30", "17:00"), day("2023-09-22", "8:30", "17:00"),
                day("2023-09-23", "8:30", "17:00"), day("2023-09-24", "8:30", "17:00"),
                day("2023-09-25", "8:30", "17:00"))))
                .isEqualTo("9月19日(火)～25日(月) 8:30～17:00 ※初日は10:00から");
    }

    @Test
    void anEarlierLastClosingOfATwoDayRangeIsNoted() {
        assertThat(ScheduleText.of(List.of(day("2023-08-31", "10:00", "14:00"), day("2023-09-01", "10:00", "13:00"))))
                .isEqualTo("8月31日(木)～9月1日(金) 10:00～14:00 ※最終日13:00まで");
    }

    @Test
    void aTwoDayRangeWithTheSameClosingNotesTheFirstOpening() {
        assertThat(ScheduleText.of(List.of(day("2023-10-20", "11:00", "16:00"), day("2023-10-21", "10:00", "16:00"))))
                .isEqualTo("10月20日(金)～21日(土) 10:00～16:00 ※初日は11:00から");
    }

    @Test
    void bothExceptionsCanBeNotedAtOnce() {
        assertThat(ScheduleText.of(List.of(day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"),
                day("2023-09-21", "8:30", "15:00"))))
                .isEqualTo("9月19日(火)～21日(木) 8:30～17:00 ※初日は10:00から ※最終日15:00まで");
    }

    @Test
    void twoDaysThatDifferInBothTimesPrintTheirOwnHours() {
        assertThat(ScheduleText.of(List.of(day("2023-10-20", "11:00", "19:00"), day("2023-10-21", "10:00", "16:00"))))
                .isEqualTo("10月20日(金) 11:00～19:00/21日(土) 10:00～16:00");
    }

    @Test
    void middleDaysWithDifferentHoursPreventTheExceptionNotation() {
        assertThat(ScheduleText.of(List.of(day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"),
                day("2023-09-21", "9:00", "17:00"), day("2023-09-22", "8:30", "17:00"))))
                .isEqualTo("9月19日(火) 10:00～17:00/20日(水) 8:30～17:00/21日(木) 9:00～17:00/22日(金) 8:30～17:00");
    }

    @Test
    void exceptionNotesAreOnlyUsedWhenTheRangeIsTheWholeLine() {
        assertThat(ScheduleText.of(List.of(day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"),
                day("2023-09-21", "8:30", "17:00"), day("2023-09-23", "8:30", "17:00"))))
                .isEqualTo("9月19日(火) 10:00～17:00/20日(水)～21日(木) 8:30～17:00/23日(土) 8:30～17:00");
    }

    @Test
    void separateDaysWithTheSameHoursShareThem() {
        assertThat(ScheduleText.of(List.of(day("2023-09-19", "10:00", "15:00"), day("2023-09-25", "10:00", "15:00"))))
                .isEqualTo("9月19日(火)、25日(月) 10:00～15:00");
    }

    @Test
    void separateDaysRepeatTheMonthWhenItChanges() {
        assertThat(ScheduleText.of(List.of(day("2023-09-30", "10:00", "14:00"), day("2023-10-07", "10:00", "14:00"),
                day("2023-10-14", "10:00", "14:00"))))
                .isEqualTo("9月30日(土)、10月7日(土)、14日(土) 10:00～14:00");
    }

    @Test
    void daysWithDifferentHoursAreJoinedBySlash() {
        assertThat(ScheduleText.of(List.of(day("2023-10-20", "11:00", "19:00"), day("2023-10-22", "10:00", "16:00"))))
                .isEqualTo("10月20日(金) 11:00～19:00/22日(日) 10:00～16:00");
    }

    @Test
    void rangesAndListsFollowEachOther() {
        assertThat(ScheduleText.of(List.of(day("2023-09-19", "8:30", "17:00"), day("2023-09-20", "8:30", "17:00"),
                day("2023-09-25", "10:00", "15:00"), day("2023-09-27", "10:00", "15:00"))))
                .isEqualTo("9月19日(火)～20日(水) 8:30～17:00/25日(月)、27日(水) 10:00～15:00");
    }

    @Test
    void occurrencesAreSortedByDate() {
        assertThat(ScheduleText.of(List.of(day("2023-09-25", "10:00", "15:00"), day("2023-09-19", "10:00", "15:00"))))
                .isEqualTo("9月19日(火)、25日(月) 10:00～15:00");
    }

    @Test
    void allDayOccurrencesPrintNoHours() {
        assertThat(ScheduleText.of(List.of(allDay("2023-07-20")))).isEqualTo("7月20日(木)");
        assertThat(ScheduleText.of(List.of(allDay("2023-07-20"), allDay("2023-07-27")))).isEqualTo("7月20日(木)、27日(木)");
        assertThat(ScheduleText.of(List.of(allDay("2023-07-20"), allDay("2023-07-21")))).isEqualTo("7月20日(木)～21日(金)");
    }

    @Test
    void allDayAndTimedDaysDoNotShareHours() {
        assertThat(ScheduleText.of(List.of(allDay("2023-07-20"), day("2023-07-21", "10:00", "14:00"))))
                .isEqualTo("7月20日(木)/21日(金) 10:00～14:00");
    }

    @Test
    void aCancelledDayIsMarkedAndKeepsItsHours() {
        assertThat(ScheduleText.of(List.of(cancelled("2023-07-20", "10:00", "14:00"))))
                .isEqualTo("7月20日(木)(中止) 10:00～14:00");
    }

    @Test
    void aCancelledDayNeverJoinsARangeOrAList() {
        assertThat(ScheduleText.of(List.of(day("2023-07-19", "10:00", "14:00"), cancelled("2023-07-20", "10:00", "14:00"),
                day("2023-07-21", "10:00", "14:00"), cancelled("2023-07-22", "10:00", "14:00"))))
                .isEqualTo("7月19日(水) 10:00～14:00/20日(木)(中止) 10:00～14:00/21日(金) 10:00～14:00"
                        + "/22日(土)(中止) 10:00～14:00");
    }

    @Test
    void aMovedDaySaysWhereItWasMovedFrom() {
        assertThat(ScheduleText.of(List.of(moved("2023-07-20", "10:00", "14:00", "2023-07-13"))))
                .isEqualTo("7月20日(木)(7月13日から延期) 10:00～14:00");
    }

    @Test
    void aDayMovedAcrossTheYearEndWritesTheOldYear() {
        assertThat(ScheduleText.of(List.of(moved("2024-01-05", "10:00", "14:00", "2023-12-28"))))
                .isEqualTo("1月5日(金)(2023年12月28日から延期) 10:00～14:00");
    }

    @Test
    void theExceptionNotationNeedsEveryDayPlanned() {
        assertThat(ScheduleText.of(List.of(day("2023-08-31", "10:00", "14:00"), cancelled("2023-09-01", "10:00", "13:00"))))
                .isEqualTo("8月31日(木) 10:00～14:00/9月1日(金)(中止) 10:00～13:00");
    }

    @Test
    void theYearIsWrittenWhenAListCrossesIntoANewYear() {
        assertThat(ScheduleText.of(List.of(day("2023-12-28", "10:00", "14:00"), day("2024-01-04", "10:00", "14:00"),
                day("2024-01-11", "10:00", "14:00"))))
                .isEqualTo("12月28日(木)、2024年1月4日(木)、11日(木) 10:00～14:00");
    }
}
