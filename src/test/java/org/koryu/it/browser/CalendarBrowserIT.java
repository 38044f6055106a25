package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.WebElement;

/**
 * The calendar in Chromium: the month and week views show every event day of the range loaded
 * from the server, coloured by kind and marked by state, and a click opens the event's form.
 */
class CalendarBrowserIT extends BrowserIT {

    private boolean ready;

    private long draftId;
    private long publishedId;

    private static String event(String slug, String title, String kind, String date, String start, String end) {
        return """
                {"slug": "%s", "title": {"ja": "%s"}, "kind": "%s", "municipality": "ojiya",
                 "venue": "ward-office-nakasugi-entrance",
                 "occurrences": [{"date": "%s", "start": "%s", "end": "%s"}]}
                """.formatted(slug, title, kind, date, start, end);
    }

    private long create(String body) {
        Api.Answer created = api().as("editor").post("/api/v1/manage/events", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** Once per class, in the first test: the server's address is known only from then on. */
    @BeforeEach
    void events() {
        if (ready) {
            return;
        }
        ready = true;
        draftId = create(event("cal-draft", "小千谷の写真展（下書き）", "photo_exhibition", "2033-03-09", "10:00", "16:00"));
        publishedId = create(event("cal-published", "小千谷の朝市", "morning_market", "2033-03-12", "09:30", "13:00"));
        create(event("cal-april", "四月の物産展", "products_fair", "2033-04-20", "10:00", "15:00"));
        assertThat(api().as("editor").fire(publishedId, "{\"transition\": \"submit\"}").status()).isEqualTo(200);
        assertThat(api().as("supervisor").fire(publishedId, "{\"transition\": \"approve\"}").status()).isEqualTo(200);
    }

    @Test
    void theMonthShowsDraftsAndPublishedEventsByKindAndOpensOne() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        CalendarPage calendar = CalendarPage.openAt(b, "2033-03-01");
        assertThat(calendar.title()).contains("2033").contains("3");
        assertThat(calendar.legend()).contains("写真展", "物産展", "朝市", "その他");

        WebElement draft = calendar.entry("小千谷の写真展");
        assertThat(draft.getText()).contains("[下書き]").contains("10:00");
        assertThat(draft.getAttribute("class")).contains("kind-photo_exhibition", "calendar-draft");
        WebElement published = calendar.entry("小千谷の朝市");
        assertThat(published.getText()).doesNotContain("[").contains("9:30");
        assertThat(published.getAttribute("class")).contains("kind-morning_market", "calendar-published");
        assertThat(calendar.entries()).noneMatch(e -> e.getText().contains("四月の物産展"));

        calendar.next();
        assertThat(calendar.entry("四月の物産展").getAttribute("class")).contains("kind-products_fair");
        assertThat(calendar.entries()).noneMatch(e -> e.getText().contains("小千谷"));

        CalendarPage.openAt(b, "2033-03-01").open("小千谷の写真展");
        assertThat(b.url()).endsWith("/events/edit?id=" + draftId);
    }

    @Test
    void aMonthEntryShowsItsWholeTitleBelowATimeRangeWithAWaveDash() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        CalendarPage calendar = CalendarPage.openAt(b, "2033-03-01");
        WebElement draft = calendar.entry("小千谷の写真展");
        assertThat(draft.getText()).contains("10:00～16:00");
        // Nothing of the title is cut off: it is as wide as its text, and it stays inside its day.
        Object fits = b.script("""
                const entry = arguments[0];
                const title = entry.querySelector('.fc-event-title');
                const cell = entry.closest('td').getBoundingClientRect();
                const box = title.getBoundingClientRect();
                return title.scrollWidth <= title.clientWidth + 1 && box.left >= cell.left - 1 && box.right <= cell.right + 1
                    && title.textContent.includes('小千谷の写真展（下書き）');""", draft);
        assertThat(fits).as("the whole title shows inside the day cell").isEqualTo(true);
    }

    @Test
    void theWeekShowsTheHoursOfEachDay() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        CalendarPage calendar = CalendarPage.openAt(b, "2033-03-09").week();
        assertThat(calendar.entry("小千谷の写真展").getText()).contains("10:00", "16:00");
        assertThat(calendar.entry("小千谷の朝市").getText()).contains("9:30", "13:00");
        calendar.next();
        assertThat(calendar.entries()).noneMatch(e -> e.getText().contains("小千谷"));
        calendar.month();
        assertThat(calendar.title()).contains("3");
    }
}
