package org.koryu.event.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.koryu.event.schedule.Days.allDay;
import static org.koryu.event.schedule.Days.cancelled;
import static org.koryu.event.schedule.Days.day;
import static org.koryu.event.schedule.Days.moved;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A 日時 line read and printed again says the same, in the ward's own notation. */
class ScheduleRoundTripTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-07 | 10月～14日 8:30～17:00                       | 7月10日(月)～14日(金) 8:30～17:00
            2023-07 | 20日 10:00～14:00                            | 7月20日(木) 10:00～14:00
            2023-07 | 23日 11:00～13:30                            | 7月23日(日) 11:00～13:30
            2023-07 | 26日 10:00～14:00                            | 7月26日(水) 10:00～14:00
            2023-08 | 18日 10:00～14:00                            | 8月18日(金) 10:00～14:00
            2023-08 | 20日 11:00～13:30                            | 8月20日(日) 11:00～13:30
            2023-08 | 24日 10:00～14:00                            | 8月24日(木) 10:00～14:00
            2023-08 | 31日～9/1日 10:00～14:00 ※最終日13:00まで     | 8月31日(木)～9月1日(金) 10:00～14:00 ※最終日13:00まで
            2023-09 | 8日 10:00～14:00                             | 9月8日(金) 10:00～14:00
            2023-09 | 11日 10:00～14:00                            | 9月11日(月) 10:00～14:00
            2023-09 | 19日～25日 8:30～17:00 ※初日は10:00から      | 9月19日(火)～25日(月) 8:30～17:00 ※初日は10:00から
            2023-09 | 19日、25日 10:00～15:00                      | 9月19日(火)、25日(月) 10:00～15:00
            2023-09 | 21日 10:00～14:00                            | 9月21日(木) 10:00～14:00
            2023-09 | 24日 11:00～13:30                            | 9月24日(日) 11:00～13:30
            2023-09 | 28日～29日 9:30～15:30                       | 9月28日(木)～29日(金) 9:30～15:30
            2023-10 | 20日 11:00～19:00/21日 10:00～16:00          | 10月20日(金) 11:00～19:00/21日(土) 10:00～16:00
            2023-10 | 22日 11:00～13:30                            | 10月22日(日) 11:00～13:30
            2023-10 | 26日 10:00～14:00                            | 10月26日(木) 10:00～14:00
            2023-11 | 16日 10:00～14:00                            | 11月16日(木) 10:00～14:00
            2023-11 | 20日 10:00～14:00                            | 11月20日(月) 10:00～14:00
            2023-11 | 26日 11:00～13:30                            | 11月26日(日) 11:00～13:30
            """)
    void everySeedLinePrintsAsTheWardPrintsIt(String heading, String seedLine, String printed) {
        ParsedSchedule parsed = ScheduleLine.parse(seedLine, YearMonth.parse(heading));

        assertThat(ScheduleText.of(parsed.occurrences())).isEqualTo(printed);
    }

    static Stream<List<Occurrence>> schedules() {
        return Stream.of(
                List.of(day("2023-07-20", "10:00", "14:00")),
                List.of(day("2023-08-31", "10:00", "14:00"), day("2023-09-01", "10:00", "13:00")),
                List.of(day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"),
                        day("2023-09-21", "8:30", "15:00")),
                List.of(day("2023-09-19", "10:00", "15:00"), day("2023-09-25", "10:00", "15:00")),
                List.of(day("2023-10-20", "11:00", "19:00"), day("2023-10-21", "10:00", "16:00")),
                List.of(allDay("2023-12-30"), allDay("2023-12-31"), allDay("2024-01-01")),
                List.of(day("2023-12-28", "10:00", "14:00"), day("2024-01-04", "10:00", "14:00"),
                        day("2024-01-05", "10:00", "14:00"), day("2024-01-11", "10:00", "14:00")),
                List.of(day("2023-07-19", "10:00", "14:00"), cancelled("2023-07-20", "10:00", "14:00"),
                        moved("2023-07-27", "10:00", "14:00", "2023-07-13")),
                List.of(moved("2024-01-05", "10:00", "14:00", "2023-12-28")),
                List.of(day("2023-09-30", "10:00", "14:00"), day("2023-10-07", "10:00", "14:00"),
                        allDay("2023-10-08")));
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void printedSchedulesReadBackUnderTheirFirstMonth(List<Occurrence> schedule) {
        String printed = ScheduleText.of(schedule);

        ParsedSchedule parsed = ScheduleLine.parse(printed, YearMonth.from(schedule.get(0).date()));

        assertThat(parsed.occurrences()).as(printed).isEqualTo(schedule);
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.note()).isNull();
    }
}
