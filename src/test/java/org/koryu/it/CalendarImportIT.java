package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/manage/import/calendar}: the whole seed page and the variants real calendars
 * write, read on the server; a real import creates drafts of the calling editor and nothing else.
 */
class CalendarImportIT extends KoryuIT {

    private static final String VARIANTS = String.join("\n",
            "7月",
            "",
            "物産展 吾妻の朝市",
            "日時：２０日　１０：００〜１４：００",
            "場所：区役所中杉通り側入口前",
            "",
            "物産展 青梅市物産展",
            "日時 19日・25日 10:00～15:00",
            "場所 区役所中杉通り側入口前",
            "",
            "物産展 青梅市物産展",
            "日時 19日、25日 10時～13時",
            "場所 区役所中杉通り側入口前",
            "",
            "物産展 名寄市スイーツコーンまつり",
            "日時 31日～8/1日 10:00～14:00 ※最終日13:00まで",
            "場所 区役所中杉通り側入口前",
            "",
            "物産展 南伊豆町観光物産展",
            "日時 11日 10:00～14:00",
            "場所 区役所中杉通り側入口前/1階コミュかるショップ前",
            "",
            "物産展 名寄市秋の物産展",
            "日時 20日 11:00～19:00/21日 10:00～16:00",
            "場所 青梅街道側入口前",
            "",
            "写真展 南相馬市写真展",
            "日時 10月～14日 8:30～17:00",
            "場所 区役所2階区民ギャラリー",
            "",
            "物産展 北海道物産展",
            "日時 22日 10:00～14:00",
            "場所 区役所中杉通り側入口前");

    private static int lineOf(String text, String line) {
        int index = Arrays.asList(text.split("\n", -1)).indexOf(line);
        assertThat(index).as(line).isNotNegative();
        return index + 1;
    }

    private Api.Answer importAs(String user, String query, String text) {
        return api().as(user).postText("/api/v1/manage/import/calendar" + query, text);
    }

    private static JsonObject eventAt(JsonObject answer, int line) {
        return answer.getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getInt("line") == line).findFirst()
                .orElseThrow(() -> new AssertionError("no event at line " + line + ": " + answer));
    }

    private static List<String> occurrences(JsonObject event) {
        return event.getJsonArray("occurrences").stream().map(JsonValue::asJsonObject)
                .map(o -> o.getString("date") + " " + o.getString("start") + "-" + o.getString("end")).toList();
    }

    private static List<JsonObject> problemsAt(JsonObject answer, int line) {
        return answer.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getInt("line") == line).toList();
    }

    @Test
    void theWholeSeedPageIsReadIntoItsTwentyOneEventsWithoutCreatingAnything() throws IOException {
        String page;
        try (InputStream in = getClass().getResourceAsStream("/demo/suginami-exchange-page.txt")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Api.Answer answer = importAs("editor", "?year=2023&dryRun=true", page);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject json = answer.json();
        JsonArray events = json.getJsonArray("events");
        assertThat(events).hasSize(21);
        assertThat(json.getInt("created")).isZero();
        assertThat(events).allSatisfy(e -> assertThat(e.asJsonObject().isNull("id")).isTrue());
        assertThat(json.getJsonArray("notices")).extracting(v -> ((jakarta.json.JsonString) v).getString())
                .containsExactly("お越しの際は、マイバッグをお持ちください。", "展示イベントの初日と最終日は、開始・終了時間が前後する場合があります。");

        int typo = lineOf(page.replace("\r", ""), "日時 10月～14日 8:30～17:00  ");
        assertThat(problemsAt(json, typo)).singleElement().satisfies(p -> {
            assertThat(p.getString("severity")).isEqualTo("warning");
            assertThat(p.getString("code")).isEqualTo("schedule.month_typo");
            assertThat(p.getString("message")).startsWith("line " + typo + ": ").contains("10月").contains("typo");
        });
        assertThat(json.getJsonArray("problems")).as("the typo is the page's only problem").hasSize(1);
        JsonObject minamisoma = eventAt(json, typo - 2);
        assertThat(minamisoma.getString("title")).isEqualTo("南相馬市写真展");
        assertThat(minamisoma.getString("kind")).isEqualTo("photo_exhibition");
        assertThat(minamisoma.getString("municipality")).isEqualTo("minamisoma");
        assertThat(minamisoma.getString("venue")).isEqualTo("ward-office-gallery");
        assertThat(occurrences(minamisoma)).hasSize(5).first().isEqualTo("2023-07-10 08:30-17:00");
    }

    @Test
    void everyVariantOfTheWardsWritingIsRead() {
        JsonObject json = importAs("editor", "?year=2031&dryRun=true", VARIANTS).json();

        JsonObject fullWidth = eventAt(json, lineOf(VARIANTS, "物産展 吾妻の朝市"));
        assertThat(fullWidth.getString("municipality")).as("吾妻 is an alias of 東吾妻町").isEqualTo("higashiagatsuma");
        assertThat(occurrences(fullWidth)).containsExactly("2031-07-20 10:00-14:00");

        List<JsonObject> ome = json.getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("title").equals("青梅市物産展")).toList();
        assertThat(ome).hasSize(2);
        assertThat(occurrences(ome.get(0))).as("・ between days").containsExactly("2031-07-19 10:00-15:00", "2031-07-25 10:00-15:00");
        assertThat(occurrences(ome.get(1))).as("、 and 10時～13時").containsExactly("2031-07-19 10:00-13:00", "2031-07-25 10:00-13:00");

        JsonObject acrossMonths = eventAt(json, lineOf(VARIANTS, "物産展 名寄市スイーツコーンまつり"));
        assertThat(occurrences(acrossMonths)).as("N/M日 and the last day's hours")
                .containsExactly("2031-07-31 10:00-14:00", "2031-08-01 10:00-13:00");
        assertThat(acrossMonths.getString("scheduleText")).startsWith("7月31日(木)～8月1日(金)");

        JsonObject twoVenues = eventAt(json, lineOf(VARIANTS, "物産展 南伊豆町観光物産展"));
        assertThat(twoVenues.getString("venue")).isEqualTo("ward-office-nakasugi-entrance");
        assertThat(twoVenues.getJsonArray("additionalVenues")).extracting(v -> ((jakarta.json.JsonString) v).getString())
                .containsExactly("ward-office-komyukaru-shop");

        JsonObject perDay = eventAt(json, lineOf(VARIANTS, "物産展 名寄市秋の物産展"));
        assertThat(occurrences(perDay)).containsExactly("2031-07-20 11:00-19:00", "2031-07-21 10:00-16:00");

        int typo = lineOf(VARIANTS, "日時 10月～14日 8:30～17:00");
        assertThat(problemsAt(json, typo)).singleElement().satisfies(p -> assertThat(p.getString("severity")).isEqualTo("warning"));
        assertThat(occurrences(eventAt(json, typo - 1))).hasSize(5);

        int unknown = lineOf(VARIANTS, "物産展 北海道物産展");
        JsonObject noPartner = eventAt(json, unknown);
        assertThat(noPartner.isNull("municipality")).as("never a guess (名寄市 is in 北海道 too)").isTrue();
        assertThat(problemsAt(json, unknown)).singleElement().satisfies(p -> {
            assertThat(p.getString("severity")).as("a choice supplies it: partner=LINE:slug").isEqualTo("warning");
            assertThat(p.getString("code")).as("a client can say it in its own words").isEqualTo("importer.no_partner");
            assertThat(p.getString("message")).contains("北海道物産展").contains("choose the partner");
        });
        assertThat(json.getJsonArray("problems")).hasSize(2);
    }

    @Test
    void whereNoPartnerMatchedThePersonChooses() {
        int unknown = lineOf(VARIANTS, "物産展 北海道物産展");
        JsonObject chosen = importAs("editor", "?year=2031&dryRun=true&partner=" + unknown + ":nayoro", VARIANTS).json();
        assertThat(eventAt(chosen, unknown).getString("municipality")).isEqualTo("nayoro");
        assertThat(problemsAt(chosen, unknown)).isEmpty();

        JsonObject wrong = importAs("editor", "?year=2031&dryRun=true&partner=" + unknown + ":atlantis", VARIANTS).json();
        assertThat(eventAt(wrong, unknown).isNull("municipality")).isTrue();
        assertThat(problemsAt(wrong, unknown)).singleElement()
                .satisfies(p -> assertThat(p.getString("message")).contains("'atlantis', is no partner municipality"));
        assertThat(importAs("editor", "?year=2031&dryRun=true&partner=nayoro", VARIANTS).json().getString("parameter"))
                .isEqualTo("partner");
    }

    @Test
    void aRealImportCreatesDraftsOfTheCallerOnlyForCompleteEvents() {
        Api.Answer answer = importAs("editor2", "?year=2032", VARIANTS);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonObject json = answer.json();
        assertThat(json.getBoolean("dryRun")).isFalse();
        assertThat(json.getInt("created")).as("all but the one without partner").isEqualTo(7);
        assertThat(eventAt(json, lineOf(VARIANTS, "物産展 北海道物産展")).isNull("id")).isTrue();

        long id = eventAt(json, lineOf(VARIANTS, "物産展 南伊豆町観光物産展")).getJsonNumber("id").longValue();
        JsonObject draft = api().as("editor").get("/api/v1/manage/events/" + id).json();
        assertThat(draft.getString("state")).isEqualTo("draft");
        JsonObject history = api().as("editor").get("/api/v1/manage/content/" + id + "/history").json();
        assertThat(history.toString()).contains("\"user\":\"editor2\"");
        assertThat(api().get("/api/v1/events?from=2032-07-01&to=2032-08-31").json().getJsonArray("items"))
                .as("drafts are never delivered").isEmpty();
    }

    @Test
    void onlyEditorsImportAndTheYearIsRequired() {
        Api.Answer supervisor = importAs("supervisor", "?year=2023&dryRun=true", VARIANTS);
        assertThat(supervisor.status()).isEqualTo(403);
        assertThat(supervisor.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().postText("/api/v1/manage/import/calendar?year=2023", VARIANTS).status()).isEqualTo(401);

        Api.Answer noYear = importAs("editor", "?dryRun=true", VARIANTS);
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.json().getString("detail")).contains("'year' is required");
        assertThat(importAs("editor", "?year=2023&dryRun=maybe", VARIANTS).json().getString("parameter")).isEqualTo("dryRun");
        assertThat(importAs("editor", "?year=2023&dryRun=true", " ").status()).isEqualTo(400);
    }
}
