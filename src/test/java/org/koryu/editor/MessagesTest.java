package org.koryu.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentCode;
import org.koryu.content.Violation;
import org.koryu.event.EventCode;
import org.koryu.municipality.MunicipalityCode;

class MessagesTest {

    private final Messages messages = new Messages();

    MessagesTest() {
        messages.language = new LanguageBean();
    }

    private static final Violation END_BEFORE_START =
            new Violation("occurrences[0].end", EventCode.END_NOT_AFTER_START, List.of("17:00", "16:00"));

    @Test
    void aFaultIsSaidInJapaneseFirst() {
        assertThat(messages.violation(END_BEFORE_START)).isEqualTo("終了時刻（16:00）は開始時刻（17:00）より後にしてください。");
        assertThat(messages.violation(new Violation("title.ja", ContentCode.TOO_LONG, List.of(200))))
                .isEqualTo("200文字以内で入力してください。");
        assertThat(messages.violation(new Violation("occurrences[0].date", EventCode.DAY_NOT_IN_MONTH,
                List.of("2023-02-30", 2, 2023, 28, 30))))
                .isEqualTo("2023-02-30 は実在しない日付です。2023年2月は28日までで、2月30日はありません。");
        assertThat(messages.violation(new Violation("title.ja", ContentCode.JAPANESE_TITLE_REQUIRED, List.of("吾妻の朝市"))))
                .isEqualTo("日本語のタイトルを入力してください（例：吾妻の朝市）。");
        assertThat(messages.violation(new Violation("snsAccounts[1].url", MunicipalityCode.WRONG_HOST,
                Arrays.asList("X (Twitter)", "www.youtube.com", 2, "x.com", "twitter.com"))))
                .isEqualTo("X (Twitter) のアカウントは x.com か twitter.com のアドレスで入力してください（入力されたのは www.youtube.com です）。");
    }

    @Test
    void inEnglishAFaultIsTheDomainsOwnText() {
        messages.language.setLanguage("en");
        assertThat(messages.violation(END_BEFORE_START)).isEqualTo(END_BEFORE_START.message())
                .isEqualTo("the end (16:00) must be after the start (17:00)");
    }
}
