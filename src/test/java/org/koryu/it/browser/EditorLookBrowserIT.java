package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * How the editor looks in Chromium, measured where the eye would judge it: the fonts every page
 * sets Japanese in, primary links that look like buttons, inputs inside their cells, names that
 * wrap whole, controls in the page's flow, list columns sized by their content, people by name.
 */
class EditorLookBrowserIT extends BrowserIT {

    /** The stack every page must use: local Japanese fonts of macOS, Windows and Linux, nothing downloaded. */
    private static final String FONTS =
            "\"Hiragino Kaku Gothic ProN\", \"Hiragino Sans\", Meiryo, \"Noto Sans JP\", \"Noto Sans CJK JP\", IPAexGothic, IPAGothic, sans-serif";

    private static final String TITLE = "見た目確認の物産展";

    private boolean ready;

    private long inReview;

    /** Once per class, in the first test: the server's address is known only from then on. */
    @BeforeEach
    void anEventInReview() {
        if (ready) {
            return;
        }
        ready = true;
        inReview = Seeds.eventInReview(api().as("editor"), "look-review", "2033-05-15", TITLE);
    }

    /** The font-family of every shown element but icons (whose own font draws them), each page with the families it uses. */
    private static Map<String, Object> fontsOf(Browser b, String... paths) {
        Map<String, Object> found = new LinkedHashMap<>();
        for (String path : paths) {
            b.open(path);
            found.put(path, b.script("""
                    const families = new Set();
                    for (const e of [document.body, ...document.body.querySelectorAll('*')]) {
                        if (e.getClientRects().length === 0 || e.closest('.pi, .ui-icon, [class*="-icon"], .fc-icon, .secret, code')) continue;
                        const family = getComputedStyle(e).fontFamily;
                        if (!/primeicons|fcicons/.test(family)) families.add(family);
                    }
                    const downloaded = performance.getEntriesByType('resource')
                        .filter(r => /\\.(woff2?|ttf|otf)(\\?|$)/.test(r.name) && !/primeicons/.test(r.name));
                    return [...families].concat(downloaded.map(r => 'downloaded ' + r.name));"""));
        }
        return found;
    }

    /** The browser signed in as this user, showing this page. */
    private Browser signedInAt(String user, String path) {
        Browser b = browser();
        LoginPage.open(b).signInAs(user, Api.PASSWORD);
        b.open(path);
        return b;
    }

    /** What a script measured in the page (a list or a map of numbers, as the script returns). */
    @SuppressWarnings("unchecked")
    private static <T> T measured(Browser b, String script, Object... args) {
        return (T) b.script(script, args);
    }

    @Test
    void everyPageSetsItsTextInLocalJapaneseFontsOfEverySystem() {
        Browser b = browser();
        Map<String, Object> fonts = new LinkedHashMap<>(fontsOf(b, "/login"));
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        fonts.putAll(fontsOf(b, "/", "/events/", "/events/edit", "/events/edit?id=" + inReview, "/calendar?date=2033-05-01",
                "/history?id=" + inReview, "/reports/", "/reports/edit", "/municipalities/edit", "/venues/edit", "/import"));
        b.click("userMenu:logout");
        LoginPage.open(b).signInAs("supervisor", Api.PASSWORD);
        fonts.putAll(fontsOf(b, "/review?id=" + inReview));
        b.click("userMenu:logout");
        LoginPage.open(b).signInAs("admin", Api.PASSWORD);
        fonts.putAll(fontsOf(b, "/admin/accounts", "/admin/tokens", "/admin/workflows"));
        assertThat(fonts).allSatisfy((path, families) -> assertThat(families).as(path).isEqualTo(List.of(FONTS)));
    }

    @Test
    void theCreateLinkOfAListIsAPrimaryButton() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        for (String list : List.of("/events/", "/reports/")) {
            b.open(list);
            Map<String, Object> look = measured(b, """
                    const a = document.getElementById('create'), s = getComputedStyle(a);
                    const search = document.getElementById('filters:search').getBoundingClientRect();
                    return {display: s.display, background: s.backgroundColor, radius: parseFloat(s.borderTopLeftRadius),
                            height: a.getBoundingClientRect().height, buttonHeight: search.height};""");
            assertThat(look.get("display")).as(list).isNotEqualTo("inline");
            assertThat(look.get("background")).as(list).isEqualTo("rgb(21, 101, 192)");
            assertThat(((Number) look.get("radius")).doubleValue()).as(list).isGreaterThan(0);
            assertThat(((Number) look.get("height")).doubleValue()).as(list + ": as tall as a button")
                    .isGreaterThanOrEqualTo(((Number) look.get("buttonHeight")).doubleValue() - 1);
        }
    }

    @Test
    void theInputsOfTheDayTableStayInsideTheirCellsWithTheCalendarButtonBesideTheDate() {
        List<String> faults = measured(signedInAt("editor", "/events/edit?id=" + inReview), """
                const faults = [];
                for (const td of document.querySelectorAll('[id="form:occurrences"] tbody td')) {
                    const cell = td.getBoundingClientRect();
                    for (const input of td.querySelectorAll('input:not([type=hidden]), button, .ui-selectonemenu')) {
                        const box = input.getBoundingClientRect();
                        if (box.width === 0) continue;
                        if (box.left < cell.left - 0.5 || box.right > cell.right + 0.5) faults.push('cut: ' + (input.id || input.className));
                    }
                    const date = td.querySelector('.ui-calendar > input'), trigger = td.querySelector('.ui-datepicker-trigger');
                    if (date && trigger && Math.abs(date.getBoundingClientRect().top - trigger.getBoundingClientRect().top) > 2) {
                        faults.push('calendar button wraps: ' + date.id);
                    }
                }
                return faults;""");
        assertThat(faults).isEmpty();
    }

    @Test
    void otherVenuesLeaveOutTheMainOneAndKeepEachNameOnOneLine() {
        Browser b = signedInAt("editor", "/events/edit");
        new EventFormPage(b).venue("区役所中杉通り側入口前");
        List<String> labels = measured(b, """
                return Array.from(document.querySelectorAll('[id="form:additionalVenues"] label'))
                    .map(l => l.textContent.trim() + (l.getClientRects().length === 1 ? '' : ' (broken over lines)'));""");
        assertThat(labels).isNotEmpty().doesNotContain("区役所中杉通り側入口前").noneMatch(l -> l.endsWith("(broken over lines)"));
    }

    @Test
    void theTimedApprovalSitsLeftAlignedInTheFormUnderItsLabel() {
        Map<String, Number> at = measured(signedInAt("supervisor", "/review?id=" + inReview), """
                const left = e => e.getBoundingClientRect().left, top = e => e.getBoundingClientRect().top;
                const form = document.getElementById('decide'), label = document.querySelector('label[for="decide:approveAt_input"]');
                const picker = document.getElementById('decide:approveAt_input'), button = document.getElementById('decide:approveLater');
                return {form: left(form), label: left(label), picker: left(picker), pickerTop: top(picker), buttonTop: top(button),
                        labelBottom: label.getBoundingClientRect().bottom};""");
        assertThat(at.get("label").doubleValue()).isCloseTo(at.get("form").doubleValue(), offset(2.0));
        assertThat(at.get("picker").doubleValue()).isCloseTo(at.get("form").doubleValue(), offset(2.0));
        assertThat(at.get("buttonTop").doubleValue()).as("the button beside the date")
                .isCloseTo(at.get("pickerTop").doubleValue(), offset(4.0));
        assertThat(at.get("pickerTop").doubleValue()).as("the date under its label").isGreaterThanOrEqualTo(at.get("labelBottom").doubleValue());
    }

    @Test
    void theListGivesItsWidthToTitlesAndNamesPeopleByTheirDisplayNames() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", Api.PASSWORD);
        assertThat(b.byId("currentUser").getText()).isEqualTo("編集者 一郎 (editor)");
        b.open("/events/");
        Map<String, Number> widths = measured(b, """
                const heads = Array.from(document.querySelectorAll('[id="list:items"] thead th'));
                const actions = heads[heads.length - 1], links = document.createRange();
                links.selectNodeContents(document.querySelector('[id="list:items"] tbody tr td:last-child'));
                return {title: heads[0].getBoundingClientRect().width,
                        widestOther: Math.max(...heads.slice(1).map(h => h.getBoundingClientRect().width)),
                        actions: actions.getBoundingClientRect().width, actionLinks: links.getBoundingClientRect().width};""");
        assertThat(widths.get("title").doubleValue()).as("the title column is the widest")
                .isGreaterThan(widths.get("widestOther").doubleValue() + 10);
        assertThat(widths.get("actions").doubleValue()).as("the links column only as wide as its links")
                .isLessThan(widths.get("actionLinks").doubleValue() + 40);
        b.type("filters:text", TITLE);
        b.click("filters:search");
        b.waitForText(By.id("list:items"), TITLE);
        WebElement row = b.find(By.xpath("//*[@id='list:items']//tr[.//a[normalize-space(.)='" + TITLE + "']]"));
        assertThat(row.getText()).contains("編集者 一郎 (editor)");

        b.open("/history?id=" + inReview);
        assertThat(b.text()).contains("編集者 一郎 (editor)");
        b.click("userMenu:logout");
        LoginPage.open(b).signInAs("supervisor", Api.PASSWORD);
        b.open("/review?id=" + inReview);
        assertThat(b.byId("reviewStatus").getText()).contains("編集者 一郎 (editor)");
    }
}
