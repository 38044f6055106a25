package org.koryu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.koryu.event.schedule.Occurrence;

/** The whole seed page, as the ward published it, read into the 21 events of its calendar. */
class SeedCalendarTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private static final String GALLERY = "区役所2階区民ギャラリー";
    private static final String NAKASUGI = "区役所中杉通り側入口前";
    private static final VenueName OJIYA_DORM = new VenueName("小千谷学生寮駐車場", "井草4-16-23");

    private static String page;
    private static List<String> lines;
    private static CalendarReading reading;

    @BeforeAll
    static void readSeedPage() throws IOException {
        try (InputStream in = SeedCalendarTest.class.getResourceAsStream("/suginami-exchange-page.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        lines = Arrays.asList(page.split("\\R", -1));
        reading = new CalendarParser().read(page, 2023);
    }

    /** What an entry says, without its line number, which is checked against the file separately. */
    record Expected(String kind, String kindLabel, String title, String scheduleSource, String scheduleNote,
                    List<VenueName> venues, List<String> notes, List<Occurrence> occurrences) {

        static Expected of(CalendarEntry entry) {
            return new Expected(entry.kind(), entry.kindLabel(), entry.title(), entry.scheduleSource(),
                    entry.scheduleNote(), entry.venues(), entry.notes(), entry.occurrences());
        }
    }

    private static Expected fair(String title, String source, VenueName venue, Occurrence... occurrences) {
        return new Expected("products_fair", "物産展", title, source, null, List.of(venue), List.of(),
                List.of(occurrences));
    }

    private static Expected exhibition(String title, String source, Occurrence... occurrences) {
        return new Expected("photo_exhibition", "写真展", title, source, null, List.of(venue(GALLERY)), List.of(),
                List.of(occurrences));
    }

    private static VenueName venue(String name) {
        return new VenueName(name, null);
    }

    private static Occurrence day(String date, String start, String end) {
        return Occurrence.of(LocalDate.parse(date), LocalTime.parse(start, TIME), LocalTime.parse(end, TIME));
    }

    private static Occurrence[] days(String first, String last, String start, String end) {
        List<Occurrence> days = new ArrayList<>();
        for (LocalDate date = LocalDate.parse(first); !date.isAfter(LocalDate.parse(last)); date = date.plusDays(1)) {
            days.add(day(date.toString(), start, end));
        }
        return days.toArray(Occurrence[]::new);
    }

    @Test
    void readsTheTwentyOneEventsOfTheCalendar() {
        assertThat(reading.entries()).extracting(Expected::of).containsExactly(
                exhibition("南相馬市写真展", "10月～14日 8:30～17:00", days("2023-07-10", "2023-07-14", "8:30", "17:00")),
                fair("吾妻の朝市", "20日 10:00～14:00", venue(NAKASUGI), day("2023-07-20", "10:00", "14:00")),
                fair("おぢやフェア", "23日 11:00～13:30", OJIYA_DORM, day("2023-07-23", "11:00", "13:30")),
                fair("忍野村物産展", "26日 10:00～14:00", venue(NAKASUGI), day("2023-07-26", "10:00", "14:00")),
                fair("忍野村物産展", "18日 10:00～14:00", venue(NAKASUGI), day("2023-08-18", "10:00", "14:00")),
                fair("おぢやフェア", "20日 11:00～13:30", OJIYA_DORM, day("2023-08-20", "11:00", "13:30")),
                fair("吾妻の朝市", "24日 10:00～14:00", venue(NAKASUGI), day("2023-08-24", "10:00", "14:00")),
                fair("名寄市スイーツコーンまつり", "31日～9/1日 10:00～14:00 ※最終日13:00まで", venue(NAKASUGI),
                        day("2023-08-31", "10:00", "14:00"), day("2023-09-01", "10:00", "13:00")),
                fair("南相馬市物産展", "8日 10:00～14:00", venue(NAKASUGI), day("2023-09-08", "10:00", "14:00")),
                new Expected("products_fair", "物産展", "南伊豆町観光物産展", "11日 10:00～14:00", null,
                        List.of(venue(NAKASUGI), venue("1階コミュかるショップ前")), List.of(),
                        List.of(day("2023-09-11", "10:00", "14:00"))),
                exhibition("青梅市観光写真展青梅市PRキャラバン", "19日～25日 8:30～17:00 ※初日は10:00から",
                        day("2023-09-19", "10:00", "17:00"), day("2023-09-20", "8:30", "17:00"),
                        day("2023-09-21", "8:30", "17:00"), day("2023-09-22", "8:30", "17:00"),
                        day("2023-09-23", "8:30", "17:00"), day("2023-09-24", "8:30", "17:00"),
                        day("2023-09-25", "8:30", "17:00")),
                fair("青梅市物産展青梅市PRキャラバン", "19日、25日 10:00～15:00", venue(NAKASUGI),
                        day("2023-09-19", "10:00", "15:00"), day("2023-09-25", "10:00", "15:00")),
                fair("吾妻の朝市", "21日 10:00～14:00", venue(NAKASUGI), day("2023-09-21", "10:00", "14:00")),
                fair("おぢやフェア", "24日 11:00～13:30", OJIYA_DORM, day("2023-09-24", "11:00", "13:30")),
                fair("北塩原村秋の物産展", "28日～29日 9:30～15:30", venue(NAKASUGI),
                        day("2023-09-28", "9:30", "15:30"), day("2023-09-29", "9:30", "15:30")),
                fair("名寄市秋の物産展", "20日 11:00～19:00/21日 10:00～16:00", venue("青梅街道側入口前"),
                        day("2023-10-20", "11:00", "19:00"), day("2023-10-21", "10:00", "16:00")),
                fair("おぢやフェア", "22日 11:00～13:30", OJIYA_DORM, day("2023-10-22", "11:00", "13:30")),
                fair("吾妻の朝市", "26日 10:00～14:00", venue(NAKASUGI), day("2023-10-26", "10:00", "14:00")),
                fair("吾妻の朝市", "16日 10:00～14:00", venue(NAKASUGI), day("2023-11-16", "10:00", "14:00")),
                fair("小千谷ふるさと市場", "20日 10:00～14:00", venue(NAKASUGI), day("2023-11-20", "10:00", "14:00")),
                fair("おぢやフェア", "26日 11:00～13:30", OJIYA_DORM, day("2023-11-26", "11:00", "13:30")));
    }

    @Test
    void eachEntryNamesTheLineOfItsKindAndTitle() {
        assertThat(reading.entries()).allSatisfy(entry ->
                assertThat(lines.get(entry.line() - 1).strip()).isEqualTo(entry.kindLabel() + " " + entry.title()));
        assertThat(reading.entries()).extracting(CalendarEntry::line).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theOnlyProblemIsTheMonthTypoOnItsLine() {
        int typoLine = lineNumberOf("日時 10月～14日 8:30～17:00");

        assertThat(reading.problems()).extracting(ImportProblem::line, ImportProblem::severity, ImportProblem::message)
                .containsExactly(tuple(typoLine, ImportProblem.WARNING,
                        "line " + typoLine + ": '10月～14日' read as 7月10日～14日: '月' looks like a typo for '日'; check the source"));
    }

    @Test
    void theTwoPageWideNotices() {
        assertThat(reading.notices()).containsExactly(
                "お越しの際は、マイバッグをお持ちください。",
                "展示イベントの初日と最終日は、開始・終了時間が前後する場合があります。");
    }

    @Test
    void everyTitleMatchesItsPartner() {
        PartnerMatcher matcher = new PartnerMatcher(List.of(
                new Partner("nayoro", "名寄市", List.of()),
                new Partner("higashiagatsuma", "東吾妻町", List.of("吾妻")),
                new Partner("ojiya", "小千谷市", List.of("小千谷", "おぢや")),
                new Partner("kitashiobara", "北塩原村", List.of()),
                new Partner("minamisoma", "南相馬市", List.of()),
                new Partner("ome", "青梅市", List.of()),
                new Partner("musashino", "武蔵野市", List.of()),
                new Partner("oshino", "忍野村", List.of()),
                new Partner("minamiizu", "南伊豆町", List.of()),
                new Partner("ogasawara", "小笠原村", List.of())));

        assertThat(reading.entries()).extracting(entry -> matcher.match(entry.title()).map(Partner::slug).orElse("?"))
                .containsExactly("minamisoma", "higashiagatsuma", "ojiya", "oshino",
                        "oshino", "ojiya", "higashiagatsuma", "nayoro",
                        "minamisoma", "minamiizu", "ome", "ome", "higashiagatsuma", "ojiya", "kitashiobara",
                        "nayoro", "ojiya", "higashiagatsuma",
                        "higashiagatsuma", "ojiya", "ojiya");
    }

    private static int lineNumberOf(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("the seed page has no line '" + text + "'");
    }
}
