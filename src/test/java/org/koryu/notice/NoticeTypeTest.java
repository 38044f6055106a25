package org.koryu.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentType;
import org.koryu.content.LiveContent;
import org.koryu.content.LiveVersion;
import org.koryu.content.LocalizedText;
import org.koryu.content.Violation;
import org.koryu.content.Violations;

class NoticeTypeTest {

    private final NoticeType type = new NoticeType();

    @Test
    void aPastedLineLosesItsMarkAndIsPrintedWithIt() {
        NoticeContent c = type.clean(new NoticeContent(LocalizedText.ja(" ※お越しの際は、マイバッグをお持ちください。 "), null));
        assertThat(c.text().ja()).isEqualTo("お越しの際は、マイバッグをお持ちください。");
        assertThat(c.sortOrder()).isEqualTo(100);
        NoticeDocument doc = (NoticeDocument) type.publication(new LiveVersion<>(1, "notice", "notice", 1, Instant.EPOCH,
                Instant.EPOCH, c), nothing()).document();
        assertThat(doc.printed()).isEqualTo("※お越しの際は、マイバッグをお持ちください。");
    }

    @Test
    void aMarkAloneIsNoText() {
        Violations v = new Violations();
        type.validate(type.clean(new NoticeContent(LocalizedText.ja("※"), -1)), v, ref -> true);
        assertThat(v.list()).extracting(Violation::field).containsExactly("text.ja", "sortOrder");
    }

    private static LiveContent nothing() {
        return new LiveContent() {
            @Override
            public <T> Optional<LiveVersion<T>> find(ContentType<T> t, String slug) {
                return Optional.empty();
            }
        };
    }
}
