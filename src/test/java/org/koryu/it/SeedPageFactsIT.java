package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every fact of the seed page comes back out of the public API: the partners with their SNS
 * accounts, the venues, the 21 events of the calendar, the two reports and the calendar notices.
 * The expectations are read from the page itself wherever the page states them.
 */
class SeedPageFactsIT extends KoryuIT {

    private static String page;
    private static List<String> lines;

    @BeforeAll
    static void readPage() throws IOException {
        try (InputStream in = SeedPageFactsIT.class.getResourceAsStream("/demo/suginami-exchange-page.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        lines = Arrays.stream(page.split("\\R", -1)).map(String::strip).toList();
    }

    private List<JsonObject> items(String path) {
        Api.Answer answer = api().get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static Map<String, JsonObject> by(List<JsonObject> items, Function<JsonObject, String> key) {
        return items.stream().collect(Collectors.toMap(key, i -> i, (a, b) -> a));
    }

    private static String line(int index) {
        return lines.get(index);
    }

    @Test
    void thePartnersWithTheirSnsAccounts() {
        Map<String, JsonObject> partners = by(items("/api/v1/municipalities?limit=100"), m -> m.getString("name"));
        int accounts = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher head = Pattern.compile("^(北海道|東京都|.{2,3}県)(.+?[市町村])$").matcher(line(i));
            if (!head.matches() || !line(i + 1).matches("[A-Za-z]+")) {
                continue;
            }
            int d = i + 2;
            while (line(d).isEmpty()) {
                d++;
            }
            JsonObject partner = partners.get(head.group(2));
            assertThat(partner).as(head.group(2)).isNotNull();
            assertThat(partner.getString("prefecture")).isEqualTo(head.group(1));
            JsonObject account = partner.getJsonArray("snsAccounts").getJsonObject(0);
            String platform = line(i + 1).equals("Twitter") ? "x" : line(i + 1).toLowerCase();
            assertThat(account.getString("platform")).as(head.group(2)).isEqualTo(platform);
            assertThat(account.getString("description")).isEqualTo(line(d));
            accounts++;
        }
        assertThat(accounts).as("the page's SNS section").isEqualTo(10);

        Matcher listed = Pattern.compile("●(.+?)\\((.+?)\\)").matcher(page);
        int count = 0;
        while (listed.find()) {
            assertThat(partners).as(listed.group(1)).containsKey(listed.group(1));
            assertThat(partners.get(listed.group(1)).getString("prefecture")).isEqualTo(listed.group(2));
            count++;
        }
        assertThat(count).as("the page's list of partners").isEqualTo(9);
        assertThat(partners.get("東吾妻町").getString("slug")).isEqualTo("higashiagatsuma");
    }

    @Test
    void theVenuesOfTheCalendar() {
        Map<String, JsonObject> venues = by(items("/api/v1/venues?limit=100"), v -> v.getString("name"));
        assertThat(venues).containsKeys("区役所2階区民ギャラリー", "区役所中杉通り側入口前", "青梅街道側入口前",
                "1階コミュかるショップ前", "小千谷学生寮駐車場");
        assertThat(venues.get("小千谷学生寮駐車場").getString("address")).isEqualTo("井草4-16-23");
    }

    @Test
    void theTwentyOneEventsOfTheCalendar() {
        List<JsonObject> events = items("/api/v1/events?from=2023-07-01&to=2023-11-30&limit=100");
        assertThat(events).hasSize(21);
        for (JsonObject e : events) {
            String title = e.getJsonObject("title").getString("ja");
            int at = lines.indexOf(e.getString("kindLabel") + " " + title);
            assertThat(at).as(title).isNotNegative();
            assertThat(page).as(title).contains("日時 " + e.getString("scheduleSource"));
            String place = lines.stream().skip(at).filter(l -> l.startsWith("場所 ")).findFirst().orElseThrow();
            assertThat(place).as(title).contains(e.getJsonObject("venue").getString("name"));
            assertThat(title).as("the host is named in the title")
                    .containsAnyOf(e.getJsonObject("municipality").getString("name").replaceFirst("[市町村]$", ""), "おぢや", "吾妻");
        }
        Map<String, JsonObject> bySchedule = by(events, e -> e.getJsonObject("title").getString("ja") + " " + e.getString("scheduleSource"));
        JsonObject corn = bySchedule.get("名寄市スイーツコーンまつり 31日～9/1日 10:00～14:00 ※最終日13:00まで");
        assertThat(corn.getJsonArray("occurrences")).extracting(o -> o.asJsonObject().getString("date") + " "
                + o.asJsonObject().getString("start") + "-" + o.asJsonObject().getString("end"))
                .containsExactly("2023-08-31 10:00-14:00", "2023-09-01 10:00-13:00");
        JsonObject ome = bySchedule.get("青梅市観光写真展青梅市PRキャラバン 19日～25日 8:30～17:00 ※初日は10:00から");
        assertThat(ome.getString("scheduleText")).startsWith("9月19日(火)～25日(月)");
        assertThat(ome.getJsonArray("occurrences").getJsonObject(0).getString("start")).isEqualTo("10:00");
        JsonObject minamiizu = bySchedule.get("南伊豆町観光物産展 11日 10:00～14:00");
        assertThat(minamiizu.getJsonArray("additionalVenues").getJsonObject(0).getString("name")).isEqualTo("1階コミュかるショップ前");
        JsonObject nayoroAutumn = bySchedule.get("名寄市秋の物産展 20日 11:00～19:00/21日 10:00～16:00");
        assertThat(nayoroAutumn.getJsonArray("occurrences").getJsonObject(1).getString("end")).isEqualTo("16:00");
        JsonObject typo = bySchedule.get("南相馬市写真展 10月～14日 8:30～17:00");
        assertThat(typo.getJsonArray("occurrences")).as("read as 10日～14日 in July").hasSize(5);
        assertThat(typo.getJsonArray("occurrences").getJsonObject(0).getString("date")).isEqualTo("2023-07-10");
        assertThat(items("/api/v1/events?from=2023-07-01&to=2023-11-30&limit=100&municipality=ojiya"))
                .as("おぢやフェア ×5 and 小千谷ふるさと市場").hasSize(6);
    }

    @Test
    void theTwoReports() {
        Map<String, JsonObject> reports = by(items("/api/v1/reports?limit=100"), r -> r.getJsonObject("title").getString("ja"));
        JsonObject forum = reports.get("第八回 地方創生・交流自治体連携フォーラム(山梨県忍野村)");
        assertThat(forum).isNotNull();
        assertThat(forum.getString("type")).isEqualTo("forum");
        assertThat(forum.getString("heldOn")).isEqualTo("2023-05-20");
        assertThat(forum.getString("heldOnText")).isEqualTo("令和5年5月20日");
        assertThat(page).contains(forum.getString("heldOnText") + "、" + forum.getString("place") + "で");
        assertThat(forum.getJsonObject("municipality").getString("slug")).isEqualTo("oshino");
        assertThat(page).contains("「" + forum.getString("theme") + "」をテーマに");
        assertThat(forum.getJsonObject("moderator").getString("name")).isEqualTo("大杉 寛");
        assertThat(forum.getJsonObject("moderator").getString("role")).isEqualTo("東京都立大学教授");
        assertThat(forum.getJsonArray("participants")).extracting(p -> p.asJsonObject().getString("role"))
                .containsExactly("区長", "各交流自治体の首長");
        assertThat(forum.getString("next")).isEqualTo("次回の第九回は、群馬県東吾妻町での開催を予定しています。");
        assertThat(forum.getJsonArray("relatedMunicipalities")).extracting(m -> m.asJsonObject().getString("slug"))
                .containsExactly("oshino", "higashiagatsuma");
        assertThat(forum.getJsonArray("photos").getJsonObject(0).getString("caption"))
                .isEqualTo("第八回 地方創生・交流自治体連携フォーラム 集合写真");

        JsonObject project = reports.get("特別区全国連携プロジェクト全国連携展示・忍野村写真展同時開催");
        assertThat(project).isNotNull();
        assertThat(project.getString("type")).isEqualTo("project");
        assertThat(project.getString("series")).isEqualTo("特別企画「特別区全国連携プロジェクト」連携事業");
        assertThat(project.getString("heldOnText")).isEqualTo("令和5年6月5日～9日");
        assertThat(project.getString("heldOn")).isEqualTo("2023-06-05");
        assertThat(project.getString("heldUntil")).isEqualTo("2023-06-09");
        assertThat(project.getJsonArray("photos").getJsonObject(0).getString("caption")).isEqualTo("グランプリ賞「黄昏時」");
        for (JsonObject report : List.of(forum, project)) {
            Arrays.stream(text(report.getString("body")).replace("</p>", "").split("<p>")).filter(p -> !p.isEmpty())
                    .forEach(paragraph -> assertThat(lines).as("each paragraph is the page's").contains(paragraph));
        }

        assertThat(items("/api/v1/reports?type=forum&limit=100")).extracting(r -> r.getString("slug"))
                .contains(forum.getString("slug")).doesNotContain(project.getString("slug"));
        assertThat(items("/api/v1/reports?type=project&limit=100")).extracting(r -> r.getString("slug"))
                .contains(project.getString("slug")).doesNotContain(forum.getString("slug"));
    }

    /** The sanitiser writes some characters as references (～ as &#xff5e;): the same text in HTML. */
    private static String text(String html) {
        return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(html)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    @Test
    void theCalendarNotices() {
        List<String> printed = items("/api/v1/notices").stream().map(n -> n.getString("printed")).toList();
        List<String> onThePage = lines.stream().filter(l -> l.startsWith("※お越し") || l.startsWith("※展示")).toList();
        assertThat(onThePage).hasSize(2);
        assertThat(printed).containsSubsequence(onThePage);
    }
}
