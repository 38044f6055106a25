package org.koryu.event.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.koryu.event.schedule.Days.allDay;
import static org.koryu.event.schedule.Days.cancelled;
import static org.koryu.event.schedule.Days.day;
import static org.koryu.event.schedule.Days.moved;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.koryu.content.Fault;

class ScheduleLineTest {

    private static ParsedSchedule parse(String line, String heading) {
        return ScheduleLine.parse(line, YearMonth.parse(heading));
    }

    private static List<Occurrence> occurrences(String line, String heading) {
        ParsedSchedule parsed = parse(line, heading);
        assertThat(parsed.warnings()).as("warnings").isEmpty();
        return parsed.occurrences();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String line, String heading) {
        return assertThatThrownBy(() -> parse(line, heading)).isInstanceOf(ScheduleLineException.class);
    }

    /** The rows of PRODUCT.md's schedule table. */
    @Nested
    class ProductTableRows {

        @Test
        void oneDay() {
            assertThat(occurrences("20日 10:00～14:00", "2023-07"))
                    .containsExactly(day("2023-07-20", "10:00", "14:00"));
        }

        @Test
        void consecutiveDaysWithTheSameHours() {
            assertThat(occurrences("28日～29日 9:30～15:30", "2023-09"))
                    .containsExactly(day("2023-09-28", "9:30", "15:30"), day("2023-09-29", "9:30", "15:30"));
        }

        @Test
        void acrossAMonthEndWithAnEarlierLastClosing() {
            ParsedSchedule parsed = parse("31日～9/1日 10:00～14:00 ※最終日13:00まで", "2023-08");

            assertThat(parsed.occurrences())
                    .containsExactly(day("2023-08-31", "10:00", "14:00"), day("2023-09-01", "10:00", "13:00"));
            assertThat(parsed.note()).isNull();
            assertThat(parsed.warnings()).isEmpty();
        }

        @Test
        void aLaterFirstOpening() {
            assertThat(occurrences("19日～25日 8:30～17:00 ※初日は10:00から", "2023-09")).containsExactly(
                    day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"),
                    day("2023-09-21", "8:30", "17:00"), day("2023-09-22", "8:30", "17:00"),
                    day("2023-09-23", "8:30", "17:00"), day("2023-09-24", "8:30", "17:00"),
                    day("2023-09-25", "8:30", "17:00"));
        }

        @Test
        void twoSeparateDays() {
            assertThat(occurrences("19日、25日 10:00～15:00", "2023-09"))
                    .containsExactly(day("2023-09-19", "10:00", "15:00"), day("2023-09-25", "10:00", "15:00"));
        }

        @Test
        void differentHoursOnEachDay() {
            assertThat(occurrences("20日 11:00～19:00/21日 10:00～16:00", "2023-10"))
                    .containsExactly(day("2023-10-20", "11:00", "19:00"), day("2023-10-21", "10:00", "16:00"));
        }

        @Test
        void theMonthTypoIsReadAsDaysWithAWarning() {
            ParsedSchedule parsed = parse("10月～14日 8:30～17:00", "2023-07");

            assertThat(parsed.occurrences()).containsExactly(
                    day("2023-07-10", "8:30", "17:00"), day("2023-07-11", "8:30", "17:00"),
                    day("2023-07-12", "8:30", "17:00"), day("2023-07-13", "8:30", "17:00"),
                    day("2023-07-14", "8:30", "17:00"));
            assertThat(parsed.warnings()).extracting(Fault::message).containsExactly(
                    "'10月～14日' read as 7月10日～14日: '月' looks like a typo for '日'; check the source");
            assertThat(parsed.warnings()).extracting(w -> w.text(Locale.JAPANESE)).containsExactly(
                    "「10月～14日」は7月10日～14日として読み取りました。「月」は「日」の誤りと思われます。元の資料を確認してください。");
        }
    }

    /** Spellings seen on real pages. */
    @Nested
    class Variations {

        @Test
        void fullWidthDigitsColonAndSpaces() {
            assertThat(occurrences("２０日　１０：００～１４：３０", "2023-07"))
                    .containsExactly(day("2023-07-20", "10:00", "14:30"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"28日～29日 9:30～15:30", "28日〜29日 9:30〜15:30", "28日~29日 9:30~15:30"})
        void anyOfTheThreeRangeSigns(String line) {
            assertThat(occurrences(line, "2023-09"))
                    .containsExactly(day("2023-09-28", "9:30", "15:30"), day("2023-09-29", "9:30", "15:30"));
        }

        @Test
        void spacesBetweenAnyTokens() {
            assertThat(occurrences("　28 日 ～ 29 日　 9 : 30 ～ 15 : 30 ", "2023-09"))
                    .containsExactly(day("2023-09-28", "9:30", "15:30"), day("2023-09-29", "9:30", "15:30"));
        }

        @Test
        void noSpaceBetweenDaysAndHours() {
            assertThat(occurrences("20日10:00～14:00", "2023-07")).containsExactly(day("2023-07-20", "10:00", "14:00"));
        }

        @Test
        void aDayOnlyRangeEndBelowTheStartIsInTheNextMonth() {
            assertThat(occurrences("31日～1日 10:00～14:00", "2023-08"))
                    .containsExactly(day("2023-08-31", "10:00", "14:00"), day("2023-09-01", "10:00", "14:00"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"19日、25日 10:00～15:00", "19日・25日 10:00～15:00", "19日,25日 10:00～15:00",
                "19日，25日 10:00～15:00", "19日 、 25日 10:00～15:00"})
        void anyOfTheListSeparators(String line) {
            assertThat(occurrences(line, "2023-09"))
                    .containsExactly(day("2023-09-19", "10:00", "15:00"), day("2023-09-25", "10:00", "15:00"));
        }

        @Test
        void moreThanTwoListedDays() {
            assertThat(occurrences("5日・12日・19日 10:00～14:00", "2023-09")).containsExactly(
                    day("2023-09-05", "10:00", "14:00"), day("2023-09-12", "10:00", "14:00"),
                    day("2023-09-19", "10:00", "14:00"));
        }

        @Test
        void hoursPerDayJoinedByAFullWidthSlash() {
            assertThat(occurrences("20日 11:00～19:00／21日 10:00～16:00", "2023-10"))
                    .containsExactly(day("2023-10-20", "11:00", "19:00"), day("2023-10-21", "10:00", "16:00"));
        }

        @Test
        void timesWrittenWith時() {
            assertThat(occurrences("20日 10時～13時", "2023-07")).containsExactly(day("2023-07-20", "10:00", "13:00"));
        }

        @Test
        void timesWrittenWith時And分() {
            assertThat(occurrences("20日 10時30分～13時", "2023-07")).containsExactly(day("2023-07-20", "10:30", "13:00"));
        }

        @Test
        void anExplicitMonth() {
            assertThat(occurrences("9月19日～25日 10:00～15:00", "2023-09")).hasSize(7)
                    .startsWith(day("2023-09-19", "10:00", "15:00")).endsWith(day("2023-09-25", "10:00", "15:00"));
        }

        @Test
        void anExplicitMonthOtherThanTheHeadingCarriesToTheDaysAfterIt() {
            assertThat(occurrences("9月1日、3日 10:00～15:00", "2023-08"))
                    .containsExactly(day("2023-09-01", "10:00", "15:00"), day("2023-09-03", "10:00", "15:00"));
        }

        @Test
        void aMonthWrittenInASlashDateCarriesToTheNextSegment() {
            assertThat(occurrences("31日 10:00～14:00/9/1日 10:00～13:00/2日 11:00～13:00", "2023-08")).containsExactly(
                    day("2023-08-31", "10:00", "14:00"), day("2023-09-01", "10:00", "13:00"),
                    day("2023-09-02", "11:00", "13:00"));
        }

        @Test
        void withoutHoursADayIsAllDay() {
            assertThat(occurrences("20日", "2023-07")).containsExactly(allDay("2023-07-20"));
            assertThat(occurrences("20日～21日", "2023-07")).containsExactly(allDay("2023-07-20"), allDay("2023-07-21"));
        }

        @Test
        void weekdaysAreReadAndChecked() {
            assertThat(occurrences("9月19日(火)～25日（月） 8:30～17:00", "2023-09")).hasSize(7);
            assertThat(occurrences("18日(月・祝)、19日(火) 10:00～15:00", "2023-09"))
                    .containsExactly(day("2023-09-18", "10:00", "15:00"), day("2023-09-19", "10:00", "15:00"));
        }

        @Test
        void cancelledAndMovedMarkers() {
            assertThat(occurrences("20日(木)(中止) 10:00～14:00/27日(木)(7月13日から延期) 10:00～14:00", "2023-07"))
                    .containsExactly(cancelled("2023-07-20", "10:00", "14:00"),
                            moved("2023-07-27", "10:00", "14:00", "2023-07-13"));
        }

        @Test
        void aMovedFromDateWithoutMonthIsInTheNewDatesMonth() {
            assertThat(occurrences("27日(13日から延期) 10:00～14:00", "2023-07"))
                    .containsExactly(moved("2023-07-27", "10:00", "14:00", "2023-07-13"));
        }

        @Test
        void theResultIsInDateOrder() {
            assertThat(occurrences("9月25日、9月19日 10:00～15:00", "2023-09"))
                    .containsExactly(day("2023-09-19", "10:00", "15:00"), day("2023-09-25", "10:00", "15:00"));
        }
    }

    @Nested
    class Years {

        @Test
        void theYearComesFromTheHeading() {
            assertThat(occurrences("20日 10:00～14:00", "2024-07")).containsExactly(day("2024-07-20", "10:00", "14:00"));
        }

        @Test
        void aRangeIntoJanuaryUnderDecemberEndsNextYear() {
            assertThat(occurrences("30日～1/2日", "2023-12")).containsExactly(allDay("2023-12-30"),
                    allDay("2023-12-31"), allDay("2024-01-01"), allDay("2024-01-02"));
        }

        @Test
        void aDayOnlyRangeEndBelowTheStartUnderDecemberIsNextJanuary() {
            assertThat(occurrences("31日～1日", "2023-12")).containsExactly(allDay("2023-12-31"), allDay("2024-01-01"));
        }

        @Test
        void aMonthMoreThanSixBeforeTheHeadingIsNextYear() {
            assertThat(occurrences("1/2日", "2023-12")).containsExactly(allDay("2024-01-02"));
            assertThat(occurrences("1月6日", "2023-08")).containsExactly(allDay("2024-01-06"));
        }

        @Test
        void aMonthMoreThanSixAfterTheHeadingIsLastYear() {
            assertThat(occurrences("12/28日", "2024-01")).containsExactly(allDay("2023-12-28"));
        }

        @Test
        void aMonthWithinSixOfTheHeadingIsTheHeadingsYear() {
            assertThat(occurrences("6/30日", "2023-07")).containsExactly(allDay("2023-06-30"));
            assertThat(occurrences("1月6日", "2023-07")).containsExactly(allDay("2023-01-06"));
        }

        @Test
        void anExplicitYear() {
            assertThat(occurrences("12月30日～2024年1月2日", "2023-12")).hasSize(4).endsWith(allDay("2024-01-02"));
        }

        @Test
        void theTwentyNinthOfFebruaryInALeapYear() {
            assertThat(occurrences("29日", "2024-02")).containsExactly(allDay("2024-02-29"));
        }
    }

    @Nested
    class Notes {

        @Test
        void aNoteThatIsNotAnHoursExceptionIsReturned() {
            ParsedSchedule parsed = parse("20日 10:00～14:00 ※雨天中止", "2023-07");

            assertThat(parsed.occurrences()).containsExactly(day("2023-07-20", "10:00", "14:00"));
            assertThat(parsed.note()).isEqualTo("雨天中止");
        }

        @Test
        void bothExceptionsAndANote() {
            ParsedSchedule parsed = parse("19日～21日 8:30～17:00 ※初日は10:00から ※最終日15:00まで ※入場無料", "2023-09");

            assertThat(parsed.occurrences()).containsExactly(day("2023-09-19", "10:00", "17:00"),
                    day("2023-09-20", "8:30", "17:00"), day("2023-09-21", "8:30", "15:00"));
            assertThat(parsed.note()).isEqualTo("入場無料");
        }

        @Test
        void severalNotesStaySeparated() {
            assertThat(parse("20日 10:00～14:00 ※雨天中止 ※売り切れ次第終了", "2023-07").note())
                    .isEqualTo("雨天中止 ※売り切れ次第終了");
        }

        @Test
        void exceptionsWrittenInOtherSpellings() {
            assertThat(occurrences("19日～20日 8:30～17:00 ※初日１０時から", "2023-09"))
                    .containsExactly(day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"));
            assertThat(occurrences("19日～20日 8:30～17:00 ※初日は　１０：００から", "2023-09"))
                    .containsExactly(day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"));
            assertThat(occurrences("19日～20日 8:30～17:00 ※最終日は13時30分まで", "2023-09"))
                    .containsExactly(day("2023-09-19", "8:30", "17:00"), day("2023-09-20", "8:30", "13:30"));
        }

        @Test
        void aFirstDayNoteWithoutATimeIsAnOrdinaryNote() {
            ParsedSchedule parsed = parse("19日～20日 8:30～17:00 ※初日はセレモニーから", "2023-09");

            assertThat(parsed.occurrences()).allMatch(day -> day.start().toString().equals("08:30"));
            assertThat(parsed.note()).isEqualTo("初日はセレモニーから");
        }

        @Test
        void noNoteIsNull() {
            assertThat(parse("20日 10:00～14:00", "2023-07").note()).isNull();
        }
    }

    @Nested
    class Refusals {

        @Test
        void aDayThatDoesNotExistInTheHeadingMonth() {
            refused("31日 10:00～14:00", "2023-06").hasMessage("6月31日 does not exist: June has 30 days");
        }

        @Test
        void theThirtiethOfFebruary() {
            refused("2月30日", "2023-02").hasMessage("2月30日 does not exist: February 2023 has 28 days");
        }

        @Test
        void aRangeEndThatDoesNotExist() {
            refused("28日～31日", "2023-09").hasMessage("9月31日 does not exist: September has 30 days");
        }

        @Test
        void dayZeroAndMonthThirteen() {
            refused("0日", "2023-07").hasMessage("0日 is not a day: days start at 1日");
            refused("13月1日", "2023-07").hasMessage("13月 is not a month: months run from 1月 to 12月");
        }

        @Test
        void anEndTimeNotAfterTheStart() {
            refused("20日 14:00～10:00", "2023-07")
                    .hasMessage("'14:00～10:00': the closing time must be after the opening time");
            refused("20日 10:00～10:00", "2023-07").hasMessageContaining("closing time must be after");
        }

        @Test
        void aTimeThatIsNoTimeOfDay() {
            refused("20日 10:00～25:00", "2023-07").hasMessage("'25:00' is not a time of day: hours run from 0:00 to 23:59");
            refused("20日 10:60～12:00", "2023-07").hasMessageContaining("'10:60' is not a time of day");
        }

        @Test
        void aDayNamedTwice() {
            refused("19日、19日 10:00～15:00", "2023-09").hasMessage("9月19日 appears twice in the line; name each day once");
            refused("19日～21日 10:00～15:00/9月20日 9:00～12:00", "2023-09").hasMessageContaining("9月20日 appears twice");
        }

        @Test
        void aRangeThatEndsWhereItStartsOrBefore() {
            refused("10日～10日", "2023-07").hasMessage("'10日～10日' ends on 7月10日, which is not after its first day 7月10日");
            refused("31日～8/30日", "2023-08").hasMessageContaining("ends on 8月30日");
        }

        @Test
        void aListedDayBeforeThePreviousOneIsAmbiguous() {
            refused("30日、2日", "2023-08").hasMessage("8月2日 would come before 8月30日, the date before it in the line: "
                    + "write its month (e.g. 9/2日) if the next month is meant");
        }

        @Test
        void theMonthTypoIsOnlyRepairedInItsExactShape() {
            refused("10月～14日、20日 8:30～17:00", "2023-07")
                    .hasMessageContaining("'10月' has no day: write e.g. 10月20日, or 20日 for a day of the heading month");
            refused("15月～14日 8:30～17:00", "2023-07").hasMessageContaining("'15月' has no day");
            refused("40月～45日 8:30～17:00", "2023-07").hasMessageContaining("'40月' has no day");
            refused("10月～14 8:30～17:00", "2023-07").hasMessageContaining("'10月' has no day");
        }

        @Test
        void aMonthWithoutADay() {
            refused("7月 10:00～14:00", "2023-07").hasMessageContaining("'7月' has no day");
        }

        @Test
        void aWrongWeekday() {
            refused("19日(水) 10:00～15:00", "2023-09")
                    .hasMessage("'19日(水)': 2023-09-19 is a Tuesday (火), not 水; check the source for the right date");
        }

        @Test
        void anEmptyLine() {
            refused("  ", "2023-07").hasMessage("the 日時 line names no day: write e.g. '20日 10:00～14:00'");
            refused("※雨天中止", "2023-07").hasMessageContaining("names no day");
        }

        @Test
        void wordsInsteadOfDates() {
            refused("未定", "2023-07").hasMessage("'未定' cannot be read: expected a day (e.g. 20日) at '未定'");
        }

        @Test
        void aMissingClosingTimeQuotesTheTextAsWritten() {
            refused("２０日　１０：００～", "2023-07")
                    .hasMessage("'２０日　１０：００～' cannot be read: a time (e.g. 10:00) is missing at the end");
        }

        @Test
        void aMissingRangeSignBetweenTimes() {
            refused("20日 10:00 14:00", "2023-07").hasMessage(
                    "'20日 10:00 14:00' cannot be read: expected '～' between the opening and closing time at '14:00'");
        }

        @Test
        void textAfterTheHours() {
            refused("20日 10:00～14:00 雨天中止", "2023-07").hasMessage(
                    "'20日 10:00～14:00 雨天中止' cannot be read: expected '/' before the next day, or '※' before a note"
                            + " at '雨天中止'");
        }

        @Test
        void aTooLongNumber() {
            refused("20000日", "2023-07").hasMessage("'20000日' cannot be read: '20000' is too long for a date or time");
        }

        @Test
        void aRangeLongerThanAYear() {
            refused("1日～2025年1月1日", "2023-07").hasMessage("'1日～2025年1月1日' spans more than a year; check the dates");
        }

        @Test
        void aCancelledRange() {
            refused("20日(中止)～21日", "2023-07").hasMessageContaining("a range cannot be cancelled or moved as a whole");
        }

        @Test
        void aDayMovedFromItself() {
            refused("20日(7月20日から延期)", "2023-07").hasMessage("'20日' cannot be moved from its own date");
        }

        @Test
        void boundaryNotesOnASingleDay() {
            refused("20日 10:00～14:00 ※初日は11:00から", "2023-07")
                    .hasMessage("'※初日は11:00から' needs two or more days, but the line names one");
        }

        @Test
        void boundaryNotesWithoutHours() {
            refused("19日～20日 ※最終日13:00まで", "2023-09")
                    .hasMessage("'※最終日13:00まで': 9月20日 has no hours to change; give the line's hours (e.g. 10:00～17:00)");
        }

        @Test
        void aFirstOpeningAfterTheClosing() {
            refused("19日～20日 8:30～17:00 ※初日は18:00から", "2023-09")
                    .hasMessage("'※初日は18:00から': 9月19日 would open at 18:00 and close at 17:00");
        }

        @Test
        void aBoundaryNoteWithMoreAfterTheTime() {
            refused("19日～20日 8:30～17:00 ※初日は10:00 頃から", "2023-09")
                    .hasMessageContaining("expected nothing after the time at '頃'");
        }
    }

    /** The editor says the same faults in Japanese, the values and the expected part included. */
    @Nested
    class InJapanese {

        private String japanese(String line, String heading) {
            try {
                parse(line, heading);
            } catch (ScheduleLineException e) {
                return e.fault().text(Locale.JAPANESE);
            }
            throw new AssertionError(line + " was read");
        }

        @Test
        void whatTheReaderExpectedIsSaidAsAnInstruction() {
            assertThat(japanese("未定", "2023-07")).isEqualTo("「未定」を読み取れません。「未定」の部分：日を書いてください（例：20日）。");
            assertThat(japanese("２０日　１０：００～", "2023-07"))
                    .isEqualTo("「２０日　１０：００～」を読み取れません。最後の部分：時刻を書いてください（例：10:00）。");
        }

        @Test
        void datesAndWeekdaysAreNamedTheJapaneseWay() {
            assertThat(japanese("2月30日", "2023-02")).isEqualTo("2月30日はありません（2023年2月は28日までです）。");
            assertThat(japanese("19日(水)", "2023-09"))
                    .isEqualTo("「19日(水)」：2023-09-19は火曜日で、水曜日ではありません。元の資料で正しい日付を確認してください。");
            assertThat(japanese("30日、2日", "2023-08"))
                    .isEqualTo("8月2日が、その前に書かれた8月30日より前になります。翌月の日であれば月も書いてください（例：9/2日）。");
        }
    }
}
