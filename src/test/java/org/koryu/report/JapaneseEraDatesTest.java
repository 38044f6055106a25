package org.koryu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JapaneseEraDatesTest {

    @Test
    void aDateInTheReiwaEra() {
        assertThat(JapaneseEraDates.format(LocalDate.of(2023, 5, 20))).isEqualTo("令和5年5月20日");
        assertThat(JapaneseEraDates.format(LocalDate.of(2019, 5, 1))).as("first year").isEqualTo("令和元年5月1日");
        assertThat(JapaneseEraDates.format(LocalDate.of(2019, 4, 30))).as("the day before").isEqualTo("平成31年4月30日");
    }

    @Test
    void aRangeDoesNotRepeatWhatItsEndShares() {
        assertThat(JapaneseEraDates.range(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 9))).isEqualTo("令和5年6月5日～9日");
        assertThat(JapaneseEraDates.range(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 7, 2)))
                .isEqualTo("令和5年6月30日～7月2日");
        assertThat(JapaneseEraDates.range(LocalDate.of(2023, 12, 30), LocalDate.of(2024, 1, 2)))
                .isEqualTo("令和5年12月30日～令和6年1月2日");
        assertThat(JapaneseEraDates.range(LocalDate.of(2023, 5, 20), null)).isEqualTo("令和5年5月20日");
        assertThat(JapaneseEraDates.range(LocalDate.of(2023, 5, 20), LocalDate.of(2023, 5, 20))).isEqualTo("令和5年5月20日");
    }

    @Test
    void readsWhatItWritesInsideASentence() {
        assertThat(JapaneseEraDates.findRange("令和5年6月5日～9日に区役所で山梨県忍野村の写真展と同時開催で"))
                .hasValueSatisfying(r -> assertThat(r).containsExactly(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 9)));
        assertThat(JapaneseEraDates.findRange("令和5年5月20日、山梨県忍野村で"))
                .hasValueSatisfying(r -> assertThat(r).containsExactly(LocalDate.of(2023, 5, 20), LocalDate.of(2023, 5, 20)));
        assertThat(JapaneseEraDates.findRange("令和元年１２月３０日〜令和2年1月2日"))
                .hasValueSatisfying(r -> assertThat(r).containsExactly(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 2)));
        assertThat(JapaneseEraDates.findRange("令和5年2月30日")).as("no such day").isEmpty();
        assertThat(JapaneseEraDates.findRange("2023年5月20日")).isEmpty();
    }
}
