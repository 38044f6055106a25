package org.koryu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VenueNameTest {

    @Test
    void theAddressInHalfWidthBrackets() {
        assertThat(VenueName.parse("小千谷学生寮駐車場(井草4-16-23)"))
                .isEqualTo(new VenueName("小千谷学生寮駐車場", "井草4-16-23"));
    }

    @Test
    void theAddressInFullWidthBrackets() {
        assertThat(VenueName.parse(" 小千谷学生寮駐車場　（井草4-16-23） "))
                .isEqualTo(new VenueName("小千谷学生寮駐車場", "井草4-16-23"));
    }

    @Test
    void noAddress() {
        assertThat(VenueName.parse("区役所2階区民ギャラリー")).isEqualTo(new VenueName("区役所2階区民ギャラリー", null));
    }

    @Test
    void onlyTheLastBracketsHoldTheAddress() {
        assertThat(VenueName.parse("区役所(本庁舎)(阿佐谷南1-15-1)"))
                .isEqualTo(new VenueName("区役所(本庁舎)", "阿佐谷南1-15-1"));
    }

    @Test
    void emptyBracketsAreNoAddress() {
        assertThat(VenueName.parse("区役所()")).isEqualTo(new VenueName("区役所()", null));
    }

    @Test
    void needsAName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VenueName(" ", null))
                .withMessage("a venue needs a name, got ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> new VenueName("区役所", ""))
                .withMessageContaining("blank address");
    }
}
