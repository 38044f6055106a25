package org.koryu.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The venue and partner municipality forms in Chromium: creating both as an editor would, the
 * domain's verdict on a bad SNS address shown beside that address with nothing saved, and a save
 * based on an outdated revision refused while the person's text stays in the form.
 */
class ContentFormsBrowserIT extends BrowserIT {

    @Test
    void anEditorCreatesAVenueAndSendsItForReview() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        VenueFormPage form = VenueFormPage.openNewFromList(b)
                .name("ブラウザ区民ホール", "Browser Citizens Hall")
                .address("杉並区阿佐谷南1-15-1")
                .notes("車椅子で入れます。")
                .save();

        assertThat(form.messages()).contains("保存しました（第1版）");
        assertThat(form.status()).contains("下書き").contains("browser-citizens-hall");
        JsonObject saved = api().as("editor").get("/api/v1/manage/venues/" + form.id()).json();
        assertThat(saved.getString("name")).isEqualTo("ブラウザ区民ホール");
        assertThat(saved.getString("address")).isEqualTo("杉並区阿佐谷南1-15-1");
        assertThat(saved.getString("state")).isEqualTo("draft");

        long id = form.id();
        form.notes("車椅子で入れます。受付は2階です。").submit();
        b.waitForText(By.id("globalMessages"), "「ブラウザ区民ホール」を承認に回しました");
        assertThat(b.url()).endsWith("/venues/");
        JsonObject submitted = api().as("editor").get("/api/v1/manage/venues/" + id).json();
        assertThat(submitted.getString("state")).isEqualTo("in_review");
        assertThat(submitted.getInt("revision")).isEqualTo(2);
        assertThat(submitted.getString("notes")).isEqualTo("車椅子で入れます。受付は2階です。");
    }

    @Test
    void aBadSnsAddressIsShownBesideItAndNothingIsSavedUntilItIsFixed() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        MunicipalityFormPage form = MunicipalityFormPage.openNewFromList(b)
                .name("試験町", "Shiken")
                .prefecture("群馬県")
                .kind("町")
                .aliases("試験\nしけん")
                .pitch("温泉と高原野菜")
                .addAccount("Instagram", "https://www.instagram.com/shiken_town/", "町の公式")
                .addAccount("X (Twitter)", "https://www.youtube.com/@shiken_town", "観光協会");
        form.save();

        assertThat(form.messageBesideUrl(1)).contains("x.com").contains("www.youtube.com");
        assertThat(form.status()).as("no item yet").isEmpty();
        assertThat(b.url()).doesNotContain("id=");
        assertThat(form.warnsBeforeLeaving()).as("the refused text is still unsaved").isTrue();

        form.account(1, "https://x.com/shiken_town").save();

        assertThat(form.messages()).contains("保存しました（第1版）");
        assertThat(form.warnsBeforeLeaving()).isFalse();
        JsonObject saved = api().as("editor").get("/api/v1/manage/municipalities/" + form.id()).json();
        assertThat(saved.getString("prefecture")).isEqualTo("群馬県");
        assertThat(saved.getString("kind")).isEqualTo("town");
        assertThat(saved.getJsonArray("aliases").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("試験", "しけん");
        assertThat(saved.getJsonArray("snsAccounts").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("platform") + " " + a.getString("url"))
                .containsExactly("instagram https://www.instagram.com/shiken_town/", "x https://x.com/shiken_town");

        MunicipalityFormPage again = MunicipalityFormPage.open(b, form.id());
        assertThat(again.accounts()).isEqualTo(2);
        assertThat(again.account(1)).isEqualTo("https://x.com/shiken_town");
    }

    @Test
    void theSecondOfTwoSavesOfTheSameRevisionIsRefusedAndKeepsItsText() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        long id = VenueFormPage.openNewFromList(b).name("二重編集テスト会場", "Double Edit Hall").save().id();

        String first = b.driver().getWindowHandle();
        VenueFormPage.open(b, id);
        b.driver().switchTo().newWindow(WindowType.TAB);
        String second = b.driver().getWindowHandle();
        VenueFormPage.open(b, id).notes("別のタブで書いた注意書き").save();

        b.driver().switchTo().window(first);
        VenueFormPage mine = VenueFormPage.here(b).notes("最初のタブで書いた注意書き").save();

        assertThat(mine.messages()).contains("保存していません").contains("第2版").doesNotContain("overwritten");
        assertThat(mine.notes()).isEqualTo("最初のタブで書いた注意書き");
        JsonObject stored = api().as("editor").get("/api/v1/manage/venues/" + id).json();
        assertThat(stored.getInt("revision")).isEqualTo(2);
        assertThat(stored.getString("notes")).isEqualTo("別のタブで書いた注意書き");
        assertThat(b.byId("staleChanges").getText()).as("what the other tab changed")
                .contains("来場者へのお知らせ").contains("別のタブで書いた注意書き").doesNotContain("notes");

        b.click("form:loadTheirs");
        b.waitForText(By.id("form:myText"), "最初のタブで書いた注意書き");
        assertThat(VenueFormPage.here(b).notes()).as("their version in the form").isEqualTo("別のタブで書いた注意書き");

        // The first tab still holds the refused text; leaving it would rightly ask for confirmation.
        closeTab(b, first, second);
    }

    @Test
    void leavingAChangedFormAsksFirstAndASavedOneDoesNot() {
        Browser b = browser();
        LoginPage.open(b).signInAs("editor", "koryu-demo");
        VenueFormPage form = VenueFormPage.openNewFromList(b);
        assertThat(form.warnsBeforeLeaving()).as("nothing typed yet").isFalse();

        form.name("離れる前の会場", "Hall Before Leaving");
        assertThat(form.warnsBeforeLeaving()).isTrue();

        form.save();
        assertThat(form.messages()).contains("保存しました（第1版）");
        assertThat(form.warnsBeforeLeaving()).isFalse();
        form.notes("入口は北側です。");
        assertThat(form.warnsBeforeLeaving()).isTrue();
        form.save();
        assertThat(form.warnsBeforeLeaving()).isFalse();
    }

    /** Closes a tab (without the warning a page raises when it is left) and goes on in another. */
    private static void closeTab(Browser b, String tab, String next) {
        b.driver().switchTo().window(tab).close();
        b.driver().switchTo().window(next);
    }
}
