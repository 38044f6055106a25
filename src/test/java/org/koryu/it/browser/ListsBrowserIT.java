package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The lists, filtered, sorted and paged on the server, over the demo content (the 21 events of the
 * seed calendar in 2023, the 10 partners).
 */
class ListsBrowserIT extends BrowserIT {

    @BeforeEach
    void signIn() {
        LoginPage.open(browser()).signInAs("editor", "koryu-demo");
    }

    @Test
    void eventsAreFilteredByTextAndByMunicipalityOnTheServer() {
        Browser b = browser();
        b.click("nav-events");
        assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("イベント一覧");

        b.type("filters:text", "おぢやフェア");
        chooseState("公開中");
        b.click("filters:search");
        b.waitForText(By.cssSelector("#list\\:items .ui-paginator-current"), "5件中");
        assertThat(titles()).hasSize(5).allMatch(t -> t.equals("おぢやフェア"));

        b.click("filters:clear");
        chooseMunicipality("名寄市");
        chooseState("公開中");
        // The demo calendar's year: other tests publish events of this partner in later years.
        b.type("filters:from_input", "2023-01-01");
        b.type("filters:to_input", "2023-12-31");
        b.click("filters:search");
        b.waitForText(By.cssSelector("#list\\:items .ui-paginator-current"), "2件中");
        assertThat(titles()).containsExactlyInAnyOrder("名寄市スイーツコーンまつり", "名寄市秋の物産展");
    }

    @Test
    void sortingByFirstDayOrdersTheRowsByDate() {
        Browser b = browser();
        b.open("/events/");
        b.type("filters:text", "吾妻の朝市");
        b.click("filters:search");
        b.waitForText(By.cssSelector("#list\\:items .ui-paginator-current"), "件中");
        b.find(By.xpath("//th[contains(@class,'ui-sortable-column')]//span[normalize-space(.)='開催日']")).click();
        b.waitUntil(() -> column(3).equals(column(3).stream().sorted().toList()));
        List<String> days = column(3);
        assertThat(days).hasSizeGreaterThanOrEqualTo(5).isSorted();
        assertThat(b.find(By.xpath("//th[contains(@class,'ui-sortable-column')][.//span[normalize-space(.)='開催日']]"))
                .getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(days.get(0)).startsWith("2023-");
    }

    @Test
    void theStateFilterKeepsOnlyThatState() {
        Api.Answer created = api().as("editor").post("/api/v1/manage/venues",
                "{\"slug\": \"lists-draft-venue\", \"name\": \"一覧テスト用の会場\", \"address\": \"杉並区阿佐谷南1-15-1\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Browser b = browser();
        b.open("/venues/");
        assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("会場一覧");
        b.type("filters:text", "一覧テスト用");
        chooseState("公開中");
        b.click("filters:search");
        b.waitForText(By.cssSelector("#list\\:items"), "該当するものはありません");

        chooseState("下書き");
        b.click("filters:search");
        b.waitForText(By.cssSelector("#list\\:items .ui-paginator-current"), "1件中");
        assertThat(titles()).containsExactly("一覧テスト用の会場");
    }

    /**
     * Thirty events, sorted by title both ways: the first page is read along the order's index, the
     * last one from the list's end in the opposite order, and both must show exactly their rows.
     */
    @Test
    void theFirstAndTheLastPageOfASortedListShowExactlyTheirRows() {
        for (int i = 1; i <= 30; i++) {
            Api.Answer created = api().as("editor").post("/api/v1/manage/events", """
                    {"slug": "paging-%02d", "title": {"ja": "頁送り確認 %02d"}, "kind": "other", "municipality": "ome",
                     "venue": "ward-office-gallery", "occurrences": [{"date": "2034-05-%02d"}]}
                    """.formatted(i, i, i));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        List<String> ascending = IntStream.rangeClosed(1, 30).mapToObj("頁送り確認 %02d"::formatted).toList();
        Browser b = browser();
        b.open("/events/");
        b.type("filters:text", "頁送り確認");
        b.click("filters:search");
        b.waitForText(By.cssSelector("#list\\:items .ui-paginator-current"), "30件中 1～25件");

        By titleHeader = By.xpath("//th[contains(@class,'ui-sortable-column')]//span[normalize-space(.)='タイトル']");
        b.find(titleHeader).click();
        b.waitUntil(() -> titles().equals(ascending.subList(0, 25)));
        b.find(By.cssSelector("#list\\:items .ui-paginator-last")).click();
        b.waitUntil(() -> titles().equals(ascending.subList(25, 30)));

        b.find(titleHeader).click();
        List<String> descending = new ArrayList<>(ascending);
        Collections.reverse(descending);
        b.waitUntil(() -> titles().equals(descending.subList(0, 25)));
        b.find(By.cssSelector("#list\\:items .ui-paginator-last")).click();
        b.waitUntil(() -> titles().equals(descending.subList(25, 30)));
        assertThat(b.find(By.cssSelector("#list\\:items .ui-paginator-current")).getText()).contains("26～30件");
    }

    @Test
    void everyColumnFilterBoxIsLabelledAndTheTitleBoxFiltersOnTheServer() {
        Browser b = browser();
        for (String list : List.of("/venues/", "/municipalities/", "/reports/", "/events/")) {
            b.open(list);
            List<WebElement> boxes = b.driver().findElements(By.cssSelector("#list\\:items thead input"));
            assertThat(boxes).as(list).isNotEmpty();
            for (WebElement box : boxes) {
                assertThat(box.getAccessibleName()).as(list + " " + box.getAttribute("id")).contains("タイトル");
            }
        }
        WebElement title = b.find(By.cssSelector("#list\\:items thead input"));
        title.sendKeys("おぢやフェア");
        b.waitUntil(() -> !titles().isEmpty() && titles().stream().allMatch(t -> t.contains("おぢやフェア")));
        b.waitForPage();
        assertThat(b.find(By.cssSelector("#list\\:items .ui-paginator-current")).getText()).startsWith(titles().size() + "件中");
    }

    private void chooseState(String label) {
        Browser b = browser();
        b.click("filters:state");
        b.waitUntilOpened("filters:state_panel");
        b.find(By.xpath("//*[@id='filters:state_items']//li[normalize-space(.)='" + label + "']")).click();
        b.waitUntilHidden(By.id("filters:state_panel"));
    }

    private void chooseMunicipality(String label) {
        Browser b = browser();
        b.click("filters:municipality");
        b.waitUntilOpened("filters:municipality_panel");
        b.find(By.xpath("//*[@id='filters:municipality_items']//li[normalize-space(.)='" + label + "']")).click();
        b.waitUntilHidden(By.id("filters:municipality_panel"));
    }

    private List<String> titles() {
        return column(1);
    }

    private List<String> column(int index) {
        return browser().driver().findElements(By.cssSelector("#list\\:items_data > tr > td:nth-child(" + index + ")"))
                .stream().map(WebElement::getText).map(String::trim).toList();
    }
}
