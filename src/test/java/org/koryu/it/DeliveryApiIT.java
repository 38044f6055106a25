package org.koryu.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koryu.event.delivery.StrictICalendar;

/**
 * The public delivery API over HTTP: filters, order and paging of lists, HTTP caching, CORS, the
 * JSON-LD and iCalendar forms of events. Its events lie in 2041, where no other test puts any.
 */
class DeliveryApiIT extends KoryuIT {

    private static boolean published;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        Publishing p = new Publishing(api());
        // Published out of date order, so the list's order is the server's work.
        p.publish(Publishing.event("d41-ome-fair", "青梅の物産展 ＫＯＲＹＵ４１", "products_fair", "ome",
                "ward-office-gallery", "2041-05-10", "2041-05-20"));
        p.publish(Publishing.event("d41-ojiya-market", "おぢやの朝市 korkor41", "morning_market", "ojiya",
                "ojiya-dormitory-car-park", "2041-05-03"));
        p.publish(Publishing.event("d41-nayoro-photo", "ナヨロ写真展 korkor41", "photo_exhibition", "nayoro",
                "ward-office-gallery", "2041-05-15"));
        p.publish(Publishing.event("d41-june", "六月の朝市 korkor41", "morning_market", "ome",
                "ward-office-nakasugi-entrance", "2041-06-07"));
        published = true;
    }

    private List<String> slugs(String query) {
        Api.Answer answer = api().get("/api/v1/events" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return slugsOf(answer.json().getJsonArray("items"));
    }

    private static List<String> slugsOf(JsonArray items) {
        return items.stream().map(v -> v.asJsonObject().getString("slug")).toList();
    }

    @Test
    void listsAreOrderedByFirstOccurrenceAndFilteredByAnyOccurrenceInRange() {
        assertThat(slugs("?from=2041-05-01&to=2041-06-30"))
                .containsExactly("d41-ojiya-market", "d41-ome-fair", "d41-nayoro-photo", "d41-june");
        assertThat(slugs("?from=2041-05-18&to=2041-05-25")).as("the fair's second day lies in range")
                .containsExactly("d41-ome-fair");
        assertThat(slugs("?from=2041-05-11&to=2041-05-19")).as("the fair has no day in range")
                .containsExactly("d41-nayoro-photo");
        assertThat(slugs("?from=2041-06-01")).startsWith("d41-june");
    }

    @Test
    void municipalityKindAndVenueFilter() {
        assertThat(slugs("?from=2041-05-01&to=2041-06-30&municipality=ome")).containsExactly("d41-ome-fair", "d41-june");
        assertThat(slugs("?from=2041-05-01&to=2041-06-30&kind=morning_market")).containsExactly("d41-ojiya-market", "d41-june");
        assertThat(slugs("?from=2041-05-01&to=2041-06-30&venue=ward-office-gallery"))
                .containsExactly("d41-ome-fair", "d41-nayoro-photo");
        assertThat(slugs("?from=2041-05-01&to=2041-06-30&municipality=ome&kind=products_fair")).containsExactly("d41-ome-fair");
    }

    @Test
    void textSearchIgnoresWidthAndKana() {
        assertThat(slugs("?from=2041-01-01&q=" + enc("koryu41"))).as("full-width Latin found by half-width")
                .containsExactly("d41-ome-fair");
        assertThat(slugs("?from=2041-01-01&q=" + enc("なよろ"))).as("katakana found by hiragana")
                .containsExactly("d41-nayoro-photo");
        assertThat(slugs("?from=2041-01-01&q=" + enc("ｵﾁﾞﾔ"))).as("half-width katakana finds hiragana, as a substring")
                .containsExactly("d41-ojiya-market");
        assertThat(slugs("?from=2041-01-01&q=" + enc("説明") + "&municipality=nayoro")).as("description is searched too")
                .containsExactly("d41-nayoro-photo");
    }

    @Test
    void cursorsPageThroughTheListWithoutGapsOrRepeats() {
        List<String> all = slugs("?from=2041-05-01&to=2041-06-30&limit=100");
        List<String> paged = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Api.Answer page = api().get("/api/v1/events?from=2041-05-01&to=2041-06-30&limit=3"
                    + (next == null ? "" : "&cursor=" + next));
            JsonObject json = page.json();
            assertThat(json.getJsonArray("items").size()).isLessThanOrEqualTo(3);
            paged.addAll(slugsOf(json.getJsonArray("items")));
            next = json.isNull("next") ? null : json.getString("next");
            pages++;
        } while (next != null);
        assertThat(paged).isEqualTo(all);
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void answersCarryValidatorsAndAnswer304() {
        Api.Answer first = api().get("/api/v1/events?from=2041-05-01&to=2041-05-31");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(first.header("Last-Modified")).endsWith("GMT");

        Api.Answer again = api().header("If-None-Match", etag).get("/api/v1/events?from=2041-05-01&to=2041-05-31");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).isEqualTo(etag);

        Api.Answer since = api().header("If-Modified-Since", first.header("Last-Modified"))
                .get("/api/v1/events?from=2041-05-01&to=2041-05-31");
        assertThat(since.status()).isEqualTo(304);

        Api.Answer item = api().get("/api/v1/events/d41-june");
        assertThat(api().header("If-None-Match", item.header("ETag")).get("/api/v1/events/d41-june").status()).isEqualTo(304);
        assertThat(api().header("If-None-Match", "\"other\"").get("/api/v1/events/d41-june").status()).isEqualTo(200);
    }

    @Test
    void aPublicationChangesTheTagOfEveryListItAffectsAtOnce() {
        String may = api().get("/api/v1/events?from=2041-05-01&to=2041-05-31").header("ETag");
        String ome = api().get("/api/v1/events?from=2041-05-01&municipality=ome").header("ETag");
        String september = api().get("/api/v1/events?from=2041-09-01&to=2041-09-30").header("ETag");

        new Publishing(api()).publish(Publishing.event("d41-late-may", "五月末 korkor41", "other", "ome",
                "ward-office-gallery", "2041-05-30"));

        Api.Answer mayAfter = api().header("If-None-Match", may).get("/api/v1/events?from=2041-05-01&to=2041-05-31");
        assertThat(mayAfter.status()).isEqualTo(200);
        assertThat(slugsOf(mayAfter.json().getJsonArray("items"))).contains("d41-late-may");
        assertThat(api().header("If-None-Match", ome).get("/api/v1/events?from=2041-05-01&municipality=ome").status())
                .isEqualTo(200);
        assertThat(api().header("If-None-Match", september).get("/api/v1/events?from=2041-09-01&to=2041-09-30").status())
                .as("a list the publication does not touch keeps its tag").isEqualTo(304);
    }

    @Test
    void aRepeatedRequestIsAnsweredExactlyAsTheFirst() {
        for (String path : List.of("/api/v1/events?from=2041-05-01&to=2041-05-31&limit=2", "/api/v1/events/d41-june")) {
            Api client = api().header("Origin", "https://partner.example").header("Accept", "application/json");
            Api.Answer first = client.get(path);
            Api.Answer second = client.get(path);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body());
            for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Type",
                    "Access-Control-Allow-Origin", "Access-Control-Expose-Headers")) {
                assertThat(second.header(header)).as(path + " " + header).isEqualTo(first.header(header));
            }
            Api.Answer notModified = client.header("If-None-Match", first.header("ETag")).get(path);
            assertThat(notModified.status()).isEqualTo(304);
            assertThat(notModified.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(notModified.header("Access-Control-Allow-Origin")).isEqualTo("*");
        }
        Api.Answer ld = api().header("Accept", "application/ld+json").get("/api/v1/events/d41-june");
        assertThat(ld.header("Content-Type")).as("Accept is part of what makes requests alike").startsWith("application/ld+json");
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        assertBadParameter("/api/v1/events?from=2041-13-01", "from");
        assertBadParameter("/api/v1/events?to=yesterday", "to");
        assertBadParameter("/api/v1/events?from=2041-05-02&to=2041-05-01", "to");
        assertBadParameter("/api/v1/events?limit=0", "limit");
        assertBadParameter("/api/v1/events?limit=101", "limit");
        assertBadParameter("/api/v1/events?limit=ten", "limit");
        assertBadParameter("/api/v1/events?cursor=not-a-cursor", "cursor");
        assertBadParameter("/api/v1/events?cursor=%25%25", "cursor");
        assertBadParameter("/api/v1/events?kind=concert", "kind");
        assertBadParameter("/api/v1/events?from=2041-05-01&from=2041-06-01", "from");
        assertBadParameter("/api/v1/events.ics?from=someday", "from");
        assertBadParameter("/api/v1/sync?token=garbage", "token");
        assertBadParameter("/api/v1/sync?token=" + java.util.Base64.getUrlEncoder().encodeToString("s-1:2".getBytes()), "token");
        assertBadParameter("/api/v1/sync?limit=5000", "limit");
        assertBadParameter("/api/v1/venues?limit=-1", "limit");
        assertBadParameter("/api/v1/events?limit=2147483648", "limit");
        assertBadParameter("/api/v1/events?from=%2B10000-01-01", "from");
        assertBadParameter("/api/v1/events?q=" + enc("あ".repeat(201)), "q");
        assertBadParameter("/api/v1/events?municipality=" + "x".repeat(121), "municipality");
        assertBadParameter("/api/v1/events?cursor=" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("1:" + "k".repeat(81)).getBytes()), "cursor");
    }

    @Test
    void unknownSlugsAndCollectionsAreNotFoundProblems() {
        for (String path : List.of("/api/v1/events/no-such-event", "/api/v1/venues/no-such-venue",
                "/api/v1/municipalities/atlantis", "/api/v1/no-such-collection", "/api/v1/no-such-collection/x")) {
            Api.Answer answer = api().get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(answer.json().getInt("status")).isEqualTo(404);
            assertThat(answer.json().getString("detail")).isNotBlank();
        }
    }

    @Test
    void corsLetsAnyOriginReadAndAnswersPreflights() {
        Api.Answer get = api().header("Origin", "https://partner.example").get("/api/v1/events/d41-june");
        assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(get.header("Access-Control-Expose-Headers")).contains("ETag");

        Api.Answer preflight = api().header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/events?from=2041-05-01");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("If-None-Match");

        assertThat(api().header("Origin", "https://partner.example").get("/api/v1/manage/events/1")
                .header("Access-Control-Allow-Origin")).as("the management API is not for browsers elsewhere").isNull();
    }

    @Test
    void anEventAsSchemaOrgJsonLd() {
        Api.Answer ld = api().header("Accept", "application/ld+json").get("/api/v1/events/d41-ome-fair");
        assertThat(ld.status()).isEqualTo(200);
        assertThat(ld.header("Content-Type")).startsWith("application/ld+json");
        assertThat(ld.header("Vary")).contains("Accept");
        JsonObject series = ld.json();
        assertThat(series.getString("@type")).isEqualTo("EventSeries");
        assertThat(series.getJsonArray("subEvent")).hasSize(2);
        JsonObject day = series.getJsonArray("subEvent").getJsonObject(1);
        assertThat(day.getString("startDate")).isEqualTo("2041-05-20T10:00:00+09:00");
        assertThat(day.getJsonObject("location").getJsonObject("address").getString("streetAddress"))
                .isEqualTo("杉並区阿佐谷南1-15-1");
        assertThat(series.getJsonObject("organizer").getString("name")).isEqualTo("青梅市");

        Api.Answer json = api().get("/api/v1/events/d41-ome-fair");
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.header("ETag")).as("each representation has its own tag").isNotEqualTo(ld.header("ETag"));
        assertThat(api().header("Accept", "application/ld+json").header("If-None-Match", ld.header("ETag"))
                .get("/api/v1/events/d41-ome-fair").status()).isEqualTo(304);

        JsonObject single = api().header("Accept", "application/ld+json").get("/api/v1/events/d41-june").json();
        assertThat(single.getString("@type")).isEqualTo("Event");
        assertThat(single.getString("eventStatus")).isEqualTo("https://schema.org/EventScheduled");
    }

    @Test
    void eventsAsICalendarWithTheListsFilters() throws Exception {
        Api.Answer ics = api().get("/api/v1/events.ics?from=2041-05-01&to=2041-06-30&municipality=ome");
        assertThat(ics.status()).as(ics.toString()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.header("ETag")).isNotBlank();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        List<String> uids = events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
        assertThat(uids).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates();
        assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE)).hasSize(1);
        VEvent first = events.get(0);
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().toString().strip())
                .isEqualTo("DTSTART;TZID=Asia/Tokyo:20410510T100000");
        assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("区役所2階区民ギャラリー, 杉並区阿佐谷南1-15-1");
        assertThat(first.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/api/v1/events/d41-ome-fair");
        assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .doesNotContain("おぢや"));

        String again = api().get("/api/v1/events.ics?from=2041-05-01&to=2041-06-30&municipality=ome").body();
        assertThat(again).as("stable UIDs and bytes between requests").isEqualTo(ics.body());
    }

    @Test
    void theWholeFeedPassesAStrictICalendarParserWithOneDtstampPerEvent() throws Exception {
        new Publishing(api()).publish(Publishing.event("d41-escapes", "物産展, 特別編; 雨天決行 \\\\ 「KORYU」", "other", "ome",
                "ward-office-gallery", "2041-09-01", "2041-09-02"));
        Api.Answer ics = api().get("/api/v1/events.ics?from=2023-01-01");
        assertThat(ics.status()).as(ics.toString()).isEqualTo(200);

        Calendar calendar = StrictICalendar.parseAndValidate(ics.body());
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).as("the demo's 2023 calendar and this test's events").hasSizeGreaterThan(20)
                .allSatisfy(e -> assertThat(e.getProperties(Property.DTSTAMP)).hasSize(1));
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .contains("物産展, 特別編; 雨天決行 \\ 「KORYU」");
    }

    private void assertBadParameter(String path, String parameter) {
        Api.Answer answer = api().get(path);
        assertThat(answer.status()).as(path + " → " + answer).isEqualTo(400);
        assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("parameter")).as(path).isEqualTo(parameter);
        assertThat(problem.getString("detail")).as(path).contains(parameter);
        assertThat(problem.get("title")).isNotEqualTo(JsonValue.NULL);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
