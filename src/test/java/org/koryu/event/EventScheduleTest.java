package org.koryu.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentCode;
import org.koryu.content.Violation;
import org.koryu.content.Violations;

class EventScheduleTest {

    private static List<Violation> faults(OccurrenceContent... days) {
        Violations v = new Violations();
        EventSchedule.read(List.of(days), v);
        return v.list();
    }

    @Test
    void anEndBeforeTheStartNamesBothTimesAsTyped() {
        Violation fault = faults(new OccurrenceContent("2023-09-19", "17:00", "16:00", "scheduled", null)).get(0);
        assertThat(fault).isEqualTo(new Violation("occurrences[0].end", EventCode.END_NOT_AFTER_START, List.of("17:00", "16:00")));
        assertThat(fault.message()).isEqualTo("the end (16:00) must be after the start (17:00)");
    }

    @Test
    void anImpossibleDayNamesItsMonthAndTheMonthsLength() {
        Violation fault = faults(new OccurrenceContent("2023-02-30", null, null, "scheduled", null)).get(0);
        assertThat(fault.code()).isEqualTo(EventCode.DAY_NOT_IN_MONTH);
        assertThat(fault.args()).containsExactly("2023-02-30", 2, 2023, 28, 30);
        assertThat(fault.message()).isEqualTo("2023-02-30 is not a real date: 2月 of 2023 has 28 days (2月30日 does not exist)");
    }

    @Test
    void eachFaultOfADayHasItsCode() {
        assertThat(faults(new OccurrenceContent("2023/9/19", "25:00", null, "postponed", "2023-09-01"),
                new OccurrenceContent("2023-13-01", null, null, "moved", null),
                new OccurrenceContent("2023-09-20", "10:00", "12:00", "scheduled", null),
                new OccurrenceContent("2023-09-20", null, null, "cancelled", null)))
                .containsExactly(
                        new Violation("occurrences[0].date", ContentCode.NOT_A_DATE, List.of("2023/9/19", "2023-09-19")),
                        new Violation("occurrences[0].start", EventCode.NOT_A_TIME, List.of("25:00")),
                        new Violation("occurrences[0].status", EventCode.STATUS_UNKNOWN, List.of()),
                        new Violation("occurrences[0].end", EventCode.TIMES_INCOMPLETE, List.of()),
                        new Violation("occurrences[0].movedFrom", EventCode.MOVED_FROM_NOT_MOVED, List.of()),
                        new Violation("occurrences[1].date", EventCode.NO_SUCH_MONTH, List.of("2023-13-01", "13")),
                        new Violation("occurrences[1].movedFrom", EventCode.MOVED_FROM_MISSING, List.of()),
                        new Violation("occurrences[3].date", EventCode.DATE_TWICE, List.of(LocalDate.of(2023, 9, 20))));
    }
}
