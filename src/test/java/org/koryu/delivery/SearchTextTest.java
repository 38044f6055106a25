package org.koryu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void fullAndHalfWidthAndKanaFindEachOther() {
        assertThat(SearchText.normalize("ｵｳﾒ")).isEqualTo(SearchText.normalize("おうめ"));
        assertThat(SearchText.normalize("オウメ")).isEqualTo("おうめ");
        assertThat(SearchText.normalize("ＰＲキャラバン")).isEqualTo("prきゃらばん");
        assertThat(SearchText.normalize("１０月")).isEqualTo("10月");
    }

    @Test
    void whitespaceIsIgnoredAndKanjiKept() {
        assertThat(SearchText.normalize(" 吾妻の　朝市 ")).isEqualTo("吾妻の朝市");
        assertThat(SearchText.normalize(null)).isEmpty();
    }
}
