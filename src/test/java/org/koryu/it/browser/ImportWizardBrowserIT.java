package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The calendar import in Chromium: a small calendar whose second event names no partner and whose
 * schedule has the seed page's month typo. The preview shows both events and both problems on
 * their lines; the person chooses the partner; the drafts are created, listed, and not delivered.
 */
class ImportWizardBrowserIT extends BrowserIT {

    private static final String MARKET = "吾妻ブラウザ朝市";
    private static final String EXHIBITION = "ふれあいブラウザ写真展";
    private static final String CALENDAR = String.join("\n",
            "7月",
            "",
            "物産展 " + MARKET,
            "",
            "日時 20日 10:00～14:00",
            "場所 区役所中杉通り側入口前",
            "",
            "写真展 " + EXHIBITION,
            "",
            "日時 10月～14日 8:30～17:00",
            "場所 区役所2階区民ギャラリー");

    @Test
    void anEditorPreviewsChoosesTheUnknownPartnerAndCreatesDrafts() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        ImportWizardPage wizard = ImportWizardPage.openFromNavigation(b).paste(CALENDAR, 2032).readPreview();

        assertThat(wizard.events()).hasSize(2);
        assertThat(wizard.events().get(0)).startsWith("3 | " + MARKET).contains("東吾妻町").contains("2032-07-20 10:00–14:00")
                .contains("7月20日(火)");
        assertThat(wizard.events().get(1)).startsWith("8 | " + EXHIBITION).contains("交流自治体が不明")
                .contains("2032-07-10 08:30–17:00").contains("2032-07-14 08:30–17:00");
        assertThat(wizard.problems()).hasSize(2);
        assertThat(wizard.problems().get(0)).as("the next step chooses it: not an error").startsWith("8 | 警告")
                .contains(EXHIBITION).contains("交流自治体を選んでください。");
        assertThat(wizard.problems().get(1)).startsWith("10 | 警告")
                .contains("「10月～14日」は7月10日～14日として読み取りました。「月」は「日」の誤りと思われます。");

        wizard.toPartners().choosePartner(8, "青梅市");
        assertThat(wizard.toCreate()).contains("2 件");
        wizard.create();

        assertThat(wizard.progress()).contains("100%");
        List<WebElement> links = wizard.createdLinks();
        assertThat(links).extracting(WebElement::getText).containsExactly(MARKET, EXHIBITION);
        List<Long> ids = links.stream().map(a -> Long.parseLong(a.getAttribute("href").replaceFirst("^.*id=", ""))).toList();
        JsonObject exhibition = api().as("editor").get("/api/v1/manage/events/" + ids.get(1)).json();
        assertThat(exhibition.getString("municipality")).as("the partner the person chose").isEqualTo("ome");
        assertThat(exhibition.getString("state")).isEqualTo("draft");
        assertThat(exhibition.getString("createdBy")).isEqualTo("editor");

        b.open("/events/");
        for (String title : List.of(MARKET, EXHIBITION)) {
            assertThat(b.find(By.xpath("//tr[.//a[normalize-space(.)='" + title + "']]")).getText()).contains("下書き");
        }
        assertThat(api().get("/api/v1/events?from=2032-07-01&to=2032-07-31").body()).doesNotContain(MARKET)
                .doesNotContain(EXHIBITION);
    }

    @Test
    void theYearReadsAsAYearAndEveryProblemOfALineShowsAtOnce() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        ImportWizardPage wizard = ImportWizardPage.openFromNavigation(b);
        assertThat(b.byId("import:year_input").getAttribute("value")).as("no thousands separator in a year").matches("\\d{4}");

        String calendar = String.join("\n",
                "8月",
                "物産展 吾妻ブラウザ夏市",
                "日時 未定",
                "場所 どこにもない広場");
        wizard.paste(calendar, 2033).readPreview();
        assertThat(wizard.problems()).hasSize(2);
        assertThat(wizard.problems()).anySatisfy(p -> assertThat(p).startsWith("3 | エラー").contains("未定"));
        assertThat(wizard.problems()).as("the unknown venue, although the date cannot be read")
                .anySatisfy(p -> assertThat(p).startsWith("2 | エラー").contains("どこにもない広場"));
    }

    @Test
    void aDraftTheContentServiceRefusesIsReportedWhileTheOthersAreCreated() {
        String tooLong = "吾妻" + "の".repeat(200) + "大朝市";
        String calendar = String.join("\n",
                "9月",
                "物産展 吾妻ブラウザ秋市",
                "日時 5日 10:00～14:00",
                "場所 区役所中杉通り側入口前",
                "物産展 " + tooLong,
                "日時 6日 10:00～14:00",
                "場所 区役所中杉通り側入口前");
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        ImportWizardPage wizard = ImportWizardPage.openFromNavigation(b).paste(calendar, 2033).readPreview();
        assertThat(wizard.problems()).as("reading finds nothing wrong").containsExactly("問題はありません。");
        assertThat(wizard.toPartners().toCreate()).contains("2 件");

        wizard.create();

        assertThat(wizard.createdLinks()).extracting(WebElement::getText).containsExactly("吾妻ブラウザ秋市");
        assertThat(wizard.notCreated()).singleElement().asString().startsWith("5 | " + tooLong);
        assertThat(wizard.finalProblems()).singleElement().asString().startsWith("5 | エラー")
                .contains("下書きを作成しませんでした。200文字以内で入力してください。");
    }

    @Test
    void anUploadedUtf8FileFillsTheTextBoxAndShiftJisIsRefused() throws IOException {
        Path sjis = Files.createTempFile("calendar-sjis", ".txt");
        Path utf8 = Files.createTempFile("calendar-utf8", ".txt");
        Files.write(sjis, CALENDAR.getBytes(Charset.forName("Shift_JIS")));
        Files.writeString(utf8, CALENDAR, StandardCharsets.UTF_8);
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        ImportWizardPage wizard = ImportWizardPage.openFromNavigation(b);

        wizard.upload(sjis);
        b.waitForText(By.id("globalMessages"), "UTF-8 のテキストではありません");
        wizard.upload(utf8);
        wizard.waitForText(CALENDAR);
        b.waitForText(By.id("globalMessages"), "を読み込みました");
    }

    @Test
    void aSupervisorIsRefusedTheImport() {
        Browser b = browser();
        LoginPage.open(b).signInAs("supervisor", "koryu-demo");
        b.open("/import");

        assertThat(b.text()).contains("403").contains("許可されていません").doesNotContain("カレンダーのテキスト");
    }
}
