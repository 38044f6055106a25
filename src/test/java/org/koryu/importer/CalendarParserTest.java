package org.koryu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.koryu.event.schedule.Occurrence;

class CalendarParserTest {

    private final CalendarParser parser = new CalendarParser();

    private CalendarReading read(String... lines) {
        return parser.read(String.join("\n", lines), 2023);
    }

    private static Occurrence day(int month, int day, int startHour, int endHour) {
        return Occurrence.of(LocalDate.of(2023, month, day), LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
    }

    @Test
    void readsAnEntryUnderAMonthHeading() {
        CalendarReading reading = read("7月", "", "物産展 吾妻の朝市", "", "日時 20日 10:00～14:00  ", "場所 区役所中杉通り側入口前");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.notices()).isEmpty();
        assertThat(reading.entries()).containsExactly(new CalendarEntry(3, "products_fair", "物産展", "吾妻の朝市",
                List.of(day(7, 20, 10, 14)), "20日 10:00～14:00", null,
                List.of(new VenueName("区役所中杉通り側入口前", null)), List.of()));
    }

    @Test
    void fullWidthDigitsSpacesAndColonsAfterLabels() {
        CalendarReading reading = read("７月", "物産展　吾妻の朝市", "日時：２０日　１０：００〜１４：００", "場所　区役所中杉通り側入口前");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("吾妻の朝市");
            assertThat(entry.occurrences()).containsExactly(day(7, 20, 10, 14));
            assertThat(entry.scheduleSource()).isEqualTo("２０日　１０：００〜１４：００");
            assertThat(entry.venues()).containsExactly(new VenueName("区役所中杉通り側入口前", null));
        });
    }

    @Test
    void wavyDashAndMiddleDotBetweenDays() {
        CalendarReading reading = read("9月", "物産展 青梅市物産展", "日時: 19日・25日 10:00〜15:00", "場所: 区役所中杉通り側入口前");

        assertThat(reading.entries()).singleElement().extracting(CalendarEntry::occurrences)
                .isEqualTo(List.of(day(9, 19, 10, 15), day(9, 25, 10, 15)));
    }

    @Test
    void kindsByLabelWithOtherLabelsKept() {
        CalendarReading reading = read("7月",
                "朝市 吾妻の朝市", "日時 20日 10:00～14:00", "場所 区役所中杉通り側入口前",
                "写真展 忍野村写真展", "日時 21日 10:00～14:00", "場所 区役所2階区民ギャラリー",
                "マルシェ 小笠原村マルシェ", "日時 22日 10:00～14:00", "場所 区役所中杉通り側入口前");

        assertThat(reading.entries()).extracting(CalendarEntry::kind, CalendarEntry::kindLabel).containsExactly(
                tuple("morning_market", "朝市"), tuple("photo_exhibition", "写真展"), tuple("other", "マルシェ"));
    }

    @Test
    void severalVenuesWithAddresses() {
        CalendarReading reading = read("9月", "物産展 南伊豆町観光物産展", "日時 11日 10:00～14:00",
                "場所 区役所中杉通り側入口前／小千谷学生寮駐車場（井草4-16-23）");

        assertThat(reading.entries()).singleElement().extracting(CalendarEntry::venues).isEqualTo(List.of(
                new VenueName("区役所中杉通り側入口前", null), new VenueName("小千谷学生寮駐車場", "井草4-16-23")));
    }

    @Test
    void notesOfTheEntryAndOfTheScheduleLine() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "日時 20日 10:00～14:00 ※雨天中止",
                "場所 区役所中杉通り側入口前", "※売り切れ次第終了");

        assertThat(reading.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.scheduleNote()).isEqualTo("雨天中止");
            assertThat(entry.notes()).containsExactly("売り切れ次第終了");
        });
    }

    @Test
    void aMissingPlaceLineSkipsTheEntryWithAnError() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "日時 20日 10:00～14:00",
                "物産展 忍野村物産展", "日時 26日 10:00～14:00", "場所 区役所中杉通り側入口前");

        assertThat(reading.entries()).extracting(CalendarEntry::title).containsExactly("忍野村物産展");
        assertThat(reading.problems()).extracting(ImportProblem::message).containsExactly(
                "line 2: '物産展 吾妻の朝市' has no 場所 line; the entry is skipped");
    }

    @Test
    void aMissingScheduleLineSkipsTheEntryWithAnError() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "場所 区役所中杉通り側入口前");

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.problems()).extracting(ImportProblem::message).containsExactly(
                "line 2: '物産展 吾妻の朝市' has no 日時 line; the entry is skipped");
    }

    @Test
    void anImpossibleDateIsAnErrorOnTheScheduleLine() {
        CalendarReading reading = read("6月", "物産展 吾妻の朝市", "日時 31日 10:00～14:00", "場所 区役所中杉通り側入口前");

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.problems()).extracting(ImportProblem::line, ImportProblem::severity, ImportProblem::message)
                .containsExactly(tuple(3, ImportProblem.ERROR, "line 3: 6月31日 does not exist: June has 30 days"));
    }

    @Test
    void anUnreadableScheduleLineQuotesIt() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "日時 未定", "場所 区役所中杉通り側入口前");

        assertThat(reading.problems()).extracting(ImportProblem::line, ImportProblem::severity, ImportProblem::message)
                .containsExactly(tuple(3, "error", "line 3: '未定' cannot be read: expected a day (e.g. 20日) at '未定'"));
    }

    @Test
    void anEntryLeftOutKeepsItsVenuesSoTheyAreCheckedToo() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "日時 未定", "場所 区役所中杉通り側入口前／どこかの広場");

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.leftOut()).singleElement().satisfies(entry -> {
            assertThat(entry.line()).isEqualTo(2);
            assertThat(entry.title()).isEqualTo("吾妻の朝市");
            assertThat(entry.venues()).extracting(VenueName::name).containsExactly("区役所中杉通り側入口前", "どこかの広場");
        });
    }

    @Test
    void theMonthTypoIsAWarningAndTheEntryIsRead() {
        CalendarReading reading = read("7月", "写真展 南相馬市写真展", "日時 10月～14日 8:30～17:00", "場所 区役所2階区民ギャラリー");

        assertThat(reading.entries()).singleElement().extracting(entry -> entry.occurrences().size()).isEqualTo(5);
        assertThat(reading.problems()).extracting(ImportProblem::line, ImportProblem::severity)
                .containsExactly(tuple(3, "warning"));
    }

    @Test
    void anEventLineAfterTheCalendarHeadingButBeforeAnyMonth() {
        CalendarReading reading = read("イベントカレンダー", "※お越しの際は、マイバッグをお持ちください。",
                "物産展 吾妻の朝市", "日時 20日 10:00～14:00", "場所 区役所中杉通り側入口前",
                "7月", "物産展 忍野村物産展", "日時 26日 10:00～14:00", "場所 区役所中杉通り側入口前");

        assertThat(reading.entries()).extracting(CalendarEntry::title).containsExactly("忍野村物産展");
        assertThat(reading.notices()).containsExactly("お越しの際は、マイバッグをお持ちください。");
        assertThat(reading.problems()).extracting(ImportProblem::message).containsExactly("line 3: '物産展 吾妻の朝市' is not "
                + "under a month heading (e.g. 7月), so its dates cannot be read; the entry is skipped");
    }

    @Test
    void anEventLineBeforeAnyMonthOnATextWithoutCalendarHeading() {
        CalendarReading reading = read("物産展 吾妻の朝市", "日時 20日 10:00～14:00", "場所 区役所中杉通り側入口前",
                "", "7月", "物産展 忍野村物産展", "日時 26日 10:00～14:00", "場所 区役所中杉通り側入口前");

        assertThat(reading.entries()).extracting(CalendarEntry::title).containsExactly("忍野村物産展");
        assertThat(reading.problems()).extracting(ImportProblem::line, ImportProblem::severity)
                .containsExactly(tuple(1, "error"));
    }

    @Test
    void textBeforeTheCalendarIsSkippedSilently() {
        CalendarReading reading = read("杉並区の交流自治体", "第八回 地方創生・交流自治体連携フォーラム(山梨県忍野村)",
                "令和5年5月20日、山梨県忍野村で開催しました。", "7月", "物産展 吾妻の朝市", "日時 20日 10:00～14:00",
                "場所 区役所中杉通り側入口前");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.entries()).hasSize(1);
    }

    @Test
    void withoutTheCalendarHeadingNoticesAreTheNoteLinesJustAboveTheFirstMonth() {
        CalendarReading reading = read("※写真はイメージです。", "次回は東吾妻町で開催予定", "",
                "※お越しの際は、マイバッグをお持ちください。", "", "7月",
                "物産展 吾妻の朝市", "日時 20日 10:00～14:00", "場所 区役所中杉通り側入口前");

        assertThat(reading.notices()).containsExactly("お越しの際は、マイバッグをお持ちください。");
    }

    @Test
    void strayLinesInTheCalendarAreIgnoredWithAWarning() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "日時 20日 10:00～14:00", "雨天決行",
                "場所 区役所中杉通り側入口前");

        assertThat(reading.entries()).hasSize(1);
        assertThat(reading.problems()).extracting(ImportProblem::severity, ImportProblem::message).containsExactly(
                tuple(ImportProblem.WARNING, "line 4: ignored: '雨天決行' is not an event line (kind and title), a 日時, 場所 or ※ "
                        + "line, or a month heading"));
    }

    @Test
    void aScheduleLineWithoutEventLineIsIgnoredWithAWarning() {
        CalendarReading reading = read("7月", "日時 20日 10:00～14:00", "※雨天中止");

        assertThat(reading.problems()).extracting(ImportProblem::message).containsExactly(
                "line 2: ignored: '日時 20日 10:00～14:00' has no event line (e.g. '物産展 吾妻の朝市') above it",
                "line 3: ignored: '※雨天中止' stands under a month heading but before any event");
    }

    @Test
    void aSecondScheduleLineIsAnError() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "日時 20日 10:00～14:00", "日時 21日 10:00～14:00",
                "場所 区役所中杉通り側入口前");

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.problems()).extracting(ImportProblem::message).containsExactly(
                "line 4: '物産展 吾妻の朝市' has a second 日時 line (the first is line 3); keep one");
    }

    @Test
    void anEmptyPlaceLineIsAnError() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "日時 20日 10:00～14:00", "場所");

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.problems()).containsExactly(ImportProblem.error(4, ImportCode.NO_VENUE));
    }

    @Test
    void aTextWithoutMonthHeadingsIsAnError() {
        CalendarReading reading = read("杉並区の交流自治体", "名寄市");

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.problems()).extracting(ImportProblem::message).containsExactly(
                "line 1: no month heading (e.g. 7月) found: the calendar's entries must stand under month headings");
    }

    @Test
    void headingsWithAYearAndAcrossTheYearEnd() {
        CalendarReading reading = read("2024年11月", "物産展 A市物産展", "日時 20日", "場所 区役所",
                "12月", "物産展 B市物産展", "日時 20日", "場所 区役所",
                "1月", "物産展 C市物産展", "日時 20日", "場所 区役所");

        assertThat(reading.entries()).extracting(entry -> entry.occurrences().get(0).date()).containsExactly(
                LocalDate.of(2024, 11, 20), LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 20));
    }

    @Test
    void windowsLineEndsAndAByteOrderMark() {
        CalendarReading reading = parser.read("\uFEFF7月\r\n物産展 吾妻の朝市\r\n日時 20日 10:00～14:00  \r\n"
                + "場所 区役所中杉通り側入口前  \r\n", 2023);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.entries()).singleElement().extracting(CalendarEntry::line).isEqualTo(2);
    }

    @Test
    void problemsAreSortedByLine() {
        CalendarReading reading = read("7月", "物産展 吾妻の朝市", "雨天決行", "日時 31日～2日");

        assertThat(reading.problems()).extracting(ImportProblem::line).containsExactly(2, 3);
    }
}
