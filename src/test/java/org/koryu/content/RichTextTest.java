package org.koryu.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsFormattingAndDropsScriptsStylesAndHandlers() {
        String dirty = "<p onclick=\"x()\">新鮮な<strong>野菜</strong><script>alert(1)</script></p>"
                + "<style>p{}</style><iframe src=\"https://evil\"></iframe><ul><li>一</li></ul>";
        assertThat(RichText.clean(dirty)).isEqualTo("<p>新鮮な<strong>野菜</strong></p><ul><li>一</li></ul>");
    }

    @Test
    void linksKeepSafeProtocolsOnly() {
        assertThat(RichText.clean("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript");
        assertThat(RichText.clean("<a href=\"https://www.city.suginami.tokyo.jp/\">区</a>"))
                .contains("href=\"https://www.city.suginami.tokyo.jp/\"").contains("nofollow").contains("noopener");
    }

    @Test
    void emptyEditorOutputIsNoDescription() {
        assertThat(RichText.clean("<p><br></p>")).isNull();
        assertThat(RichText.clean("  ")).isNull();
    }

    @Test
    void plainTextForSearch() {
        assertThat(RichText.plain("<p>青梅&amp;<em>梅</em></p>")).isEqualTo("青梅& 梅");
    }
}
