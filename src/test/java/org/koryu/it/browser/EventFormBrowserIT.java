package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.koryu.it.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The event form as an editor uses it: days filled from a range or from a printed line with the
 * published line previewed as they type, pickers that suggest partners and venues, a warning
 * before unsaved work is lost, and a stale save that shows what the other person changed.
 */
class EventFormBrowserIT extends BrowserIT {

    @BeforeEach
    void signIn() {
        LoginPage.open(browser()).signInAs("editor", "koryu-demo");
    }

    private List<String> dates() {
        return browser().driver().findElements(By.cssSelector("[id^='form:occurrences:'][id$=':date_input']")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    private void typeMasked(String id, String hhmm) {
        WebElement input = browser().byId(id);
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.HOME, hhmm.replace(":", ""));
    }

    private void typeDate(String id, String date) {
        WebElement input = browser().byId(id + "_input");
        input.clear();
        input.sendKeys(date);
    }

    @Test
    void aRangeWithAFirstDayExceptionFillsTheDaysAndPreviewsTheWardsLine() {
        Browser b = browser();
        EventFormPage.openNew(b);
        typeDate("form:rangeFrom", "2023-09-19");
        typeDate("form:rangeTo", "2023-09-25");
        typeMasked("form:rangeStart", "08:30");
        typeMasked("form:rangeEnd", "17:00");
        typeMasked("form:firstDayStart", "10:00");
        b.click("form:fillRange");
        b.waitForText(By.id("previewLine"), "9月19日(火)～25日(月) 8:30～17:00 ※初日は10:00から");
        assertThat(dates()).containsExactly("2023-09-19", "2023-09-20", "2023-09-21", "2023-09-22", "2023-09-23",
                "2023-09-24", "2023-09-25");

        WebElement end = b.byId("form:occurrences:6:end");
        end.click();
        end.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "1300", org.openqa.selenium.Keys.TAB);
        b.waitForText(By.id("previewLine"), "9月19日(火)～25日(月) 8:30～17:00 ※初日は10:00から ※最終日13:00まで");

        end = b.byId("form:occurrences:6:end");
        end.click();
        end.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "0800", org.openqa.selenium.Keys.TAB);
        b.waitForText(By.id("form:preview"), "日ごとの表（7行目）の終了");
        assertThat(b.byId("form:preview").getText()).as("named as the form names it").doesNotContain("occurrences[");
        assertThat(b.byId("form:preview").getText()).as("said in the page's language")
                .contains("終了時刻（08:00）は開始時刻（08:30）より後にしてください。");
    }

    private void assertWhatWasTypedIsKept(String when) {
        Browser b = browser();
        assertThat(b.byId("form:titleJa").getAttribute("value")).as(when).isEqualTo("吾妻の朝市（日程入力中）");
        assertThat(b.byId("form:kind_label").getText()).as(when).isEqualTo("朝市");
        assertThat(b.byId("form:municipality_input").getAttribute("value")).as(when).isEqualTo("東吾妻町");
        assertThat(b.byId("form:venue_input").getAttribute("value")).as(when).isEqualTo("区役所中杉通り側入口前");
    }

    @Test
    void theScheduleButtonsKeepTheTitleKindPartnerAndVenueAlreadyTyped() {
        Browser b = browser();
        EventFormPage.openNew(b).title("吾妻の朝市（日程入力中）").kind("朝市").suggest("form:municipality", "吾妻", "東吾妻町")
                .suggest("form:venue", "中杉", "区役所中杉通り側入口前");
        typeDate("form:rangeFrom", "2032-04-10");
        typeDate("form:rangeTo", "2032-04-11");
        typeMasked("form:rangeStart", "09:00");
        typeMasked("form:rangeEnd", "12:00");
        b.click("form:fillRange");
        b.waitUntil(() -> dates().size() == 2);
        assertWhatWasTypedIsKept("after 「この期間の日を入力」");

        b.type("form:line", "4月17日 10:00～13:00");
        WebElement year = b.byId("form:lineYear_input");
        year.clear();
        year.sendKeys("2032");
        b.click("form:fillFromLine");
        b.waitForText(By.id("previewLine"), "4月17日");
        assertWhatWasTypedIsKept("after 「この表記を読み込む」");
    }

    @Test
    void aBackwardRangeAndAnImpossibleTimeAreRefusedInJapaneseBesideTheirInputs() {
        Browser b = browser();
        EventFormPage form = EventFormPage.openNew(b);
        typeDate("form:rangeFrom", "2023-09-25");
        typeDate("form:rangeTo", "2023-09-19");
        typeMasked("form:rangeStart", "25:00");
        typeMasked("form:rangeEnd", "17:00");
        b.click("form:fillRange");
        b.waitUntil(() -> !form.messageFor("form:rangeStart").isBlank());
        assertThat(form.messageFor("form:rangeStart")).isEqualTo("「25:00」は時刻として読み取れません。HH:mm の形で入力してください（例：09:30）。");

        WebElement start = b.byId("form:rangeStart");
        start.click();
        start.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "0830", org.openqa.selenium.Keys.TAB);
        b.click("form:fillRange");
        b.waitForText(By.id("form:rangeMessage"), "最後の日（2023-09-19）が最初の日（2023-09-25）より前になっています。");
    }

    @Test
    void aPrintedLineIsReadIntoDaysAndAnImpossibleDateIsRefusedBesideTheField() {
        Browser b = browser();
        EventFormPage.openNew(b);
        b.type("form:line", "１０月５日・７日 10時～13時");
        WebElement year = b.byId("form:lineYear_input");
        year.clear();
        year.sendKeys("2023");
        b.click("form:fillFromLine");
        b.waitForText(By.id("previewLine"), "10月5日(木)、7日(土) 10:00～13:00");
        assertThat(dates()).containsExactly("2023-10-05", "2023-10-07");

        b.type("form:line", "2月30日 10:00～15:00");
        b.click("form:fillFromLine");
        b.waitForText(By.id("form:lineMessage"), "2月30日はありません（2023年2月は28日までです）。");
        assertThat(dates()).as("the days already there are kept").containsExactly("2023-10-05", "2023-10-07");
    }

    @Test
    void partnersAndVenuesAreSuggestedAsOneTypes() {
        Browser b = browser();
        EventFormPage form = EventFormPage.openNew(b);
        form.title("吾妻の朝市（提案）").suggest("form:municipality", "吾妻", "東吾妻町").suggest("form:venue", "中杉", "区役所中杉通り側入口前")
                .day(0, "2032-04-10", "09:00", "12:00").save();
        b.waitForText(By.id("globalMessages"), "保存しました");
        assertThat(b.byId("form:municipality_input").getAttribute("value")).isEqualTo("東吾妻町");
        assertThat(b.byId("itemStatus").getText()).contains("下書き");
        assertThat(api().as("editor").get("/api/v1/manage/events/" + itemId(b)).json().getString("municipality"))
                .isEqualTo("higashiagatsuma");
    }

    private static String itemId(Browser b) {
        assertThat(b.url()).as("a saved event has its own address").matches(".*/events/edit\\?id=\\d+$");
        return b.url().replaceAll(".*[?&]id=(\\d+)$", "$1");
    }

    /** Whether leaving now would make the browser ask first: the page cancels its beforeunload event. */
    private boolean leavingAsks() {
        return (Boolean) browser().script("var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndASavedFormLeavesQuietly() {
        Browser b = browser();
        EventFormPage form = EventFormPage.openNew(b);
        assertThat(leavingAsks()).as("an untouched form").isFalse();
        form.title("保存前に離れる");
        assertThat(leavingAsks()).as("typed, not saved").isTrue();

        form.municipality("名寄市").venue("区役所中杉通り側入口前").day(0, "2032-03-03", "10:00", "15:00").save();
        b.waitForText(By.id("globalMessages"), "保存しました");
        assertThat(leavingAsks()).as("just saved").isFalse();
        b.click("nav-dashboard");
        assertThat(b.url()).doesNotContain("/events/edit");
    }

    @Test
    void aStaleSaveShowsWhatChangedAndKeepsTheEditorsText() {
        Browser b = browser();
        EventFormPage.openNew(b).title("おぢやフェア（同時編集）").municipality("小千谷市").venue("区役所中杉通り側入口前")
                .day(0, "2032-05-20", "10:00", "16:00").save();
        b.waitForText(By.id("globalMessages"), "保存しました");
        String id = itemId(b);

        Api editor2 = api().as("editor2");
        Api.Answer theirs = editor2.get("/api/v1/manage/events/" + id);
        String body = theirs.body().replace("おぢやフェア（同時編集）", "おぢやフェア（先に保存）");
        assertThat(editor2.header("If-Match", theirs.header("ETag")).put("/api/v1/manage/events/" + id, body).status())
                .isEqualTo(200);

        b.type("form:notes", "※雨天決行");
        b.click("form:save");
        b.waitForText(By.id("form:stale"), "おぢやフェア（先に保存）");
        assertThat(b.byId("staleChanges").getText()).contains("タイトル（日本語）").contains("おぢやフェア（同時編集）")
                .doesNotContain("title.").doesNotContain("null").doesNotContain("\"");
        assertThat(b.byId("form:notes").getAttribute("value")).as("nothing typed is lost").isEqualTo("※雨天決行");
        assertThat(editor2.get("/api/v1/manage/events/" + id).json().getJsonObject("title").getString("ja"))
                .as("nothing was overwritten").isEqualTo("おぢやフェア（先に保存）");

        b.click("form:loadTheirs");
        b.waitForText(By.id("form:myText"), "※雨天決行");
        assertThat(b.byId("form:myText").getText()).contains("備考（※）").doesNotContain("notes");
        assertThat(b.byId("form:titleJa").getAttribute("value")).isEqualTo("おぢやフェア（先に保存）");
    }

    /** A 1×1 PNG, written for the upload: the file a person would pick. */
    private static java.nio.file.Path file(String name, byte[] bytes) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("koryu-upload");
        return java.nio.file.Files.write(dir.resolve(name), bytes);
    }

    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anUploadedImageIsPreviewedAndSavedWithItsAltTextAndANonImageIsRefused() throws Exception {
        Browser b = browser();
        EventFormPage.openNew(b).title("南伊豆町観光物産展（写真つき）").municipality("南伊豆町").venue("区役所中杉通り側入口前")
                .day(0, "2032-02-11", "10:00", "15:00");

        b.driver().findElement(By.id("form:imageUpload_input")).sendKeys(file("notes.png", "これは画像ではありません".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
        b.waitUntil(() -> !b.byId("form:imageUploadMessage").getText().isBlank());
        assertThat(b.byId("form:imageUploadMessage").getText()).as("said in the page's language")
                .startsWith("ファイルの中身が JPEG, PNG, WebP or GIF のどの画像でもありません");
        assertThat(b.driver().findElements(By.cssSelector("#form\\:images img.thumbnail"))).isEmpty();

        b.driver().findElement(By.id("form:imageUpload_input")).sendKeys(file("minamiizu.png", png()).toString());
        WebElement thumbnail = b.find(By.cssSelector("#form\\:images img.thumbnail"));
        assertThat(thumbnail.getAttribute("src")).contains("/media/");
        assertThat((Boolean) b.script("return arguments[0].complete && arguments[0].naturalWidth === 1;", thumbnail))
                .as("the preview is served").isTrue();

        b.click("form:save");
        assertThat(b.byId("form:images").getText()).as("alt text is required, said beside it in the page's language")
                .contains("代替テキストで画像の内容を説明してください。").doesNotContain("describe the image");
        b.type("form:images:0:alt", "弓ヶ浜の海岸");
        b.type("form:images:0:caption", "南伊豆町の海");
        b.click("form:save");
        b.waitForText(By.id("globalMessages"), "保存しました");
        var image = api().as("editor").get("/api/v1/manage/events/" + itemId(b)).json().getJsonArray("images").getJsonObject(0);
        assertThat(image.getString("alt")).isEqualTo("弓ヶ浜の海岸");
        assertThat(image.getString("caption")).isEqualTo("南伊豆町の海");
        assertThat(api().get(image.getString("url")).status()).isEqualTo(200);
    }
}
