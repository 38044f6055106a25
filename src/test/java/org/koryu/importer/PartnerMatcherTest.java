package org.koryu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerMatcherTest {

    private static final Partner HIGASHIAGATSUMA = new Partner("higashiagatsuma", "東吾妻町", List.of("吾妻"));
    private static final Partner OJIYA = new Partner("ojiya", "小千谷市", List.of("小千谷", "おぢや"));
    private static final Partner MINAMISOMA = new Partner("minamisoma", "南相馬市", List.of());

    private final PartnerMatcher matcher = new PartnerMatcher(List.of(HIGASHIAGATSUMA, OJIYA, MINAMISOMA));

    @Test
    void matchesByName() {
        assertThat(matcher.match("南相馬市写真展")).contains(MINAMISOMA);
    }

    @Test
    void matchesByAlias() {
        assertThat(matcher.match("吾妻の朝市")).contains(HIGASHIAGATSUMA);
        assertThat(matcher.match("おぢやフェア")).contains(OJIYA);
    }

    @Test
    void knowsThePartnersSlugsForAPersonsChoice() {
        assertThat(matcher.knows("ojiya")).isTrue();
        assertThat(matcher.knows("nayoro")).isFalse();
    }

    @Test
    void noMatch() {
        assertThat(matcher.match("区民まつり")).isEmpty();
    }

    @Test
    void theLongestMatchWins() {
        Partner soma = new Partner("soma", "相馬市", List.of("相馬"));
        PartnerMatcher withSoma = new PartnerMatcher(List.of(soma, MINAMISOMA));

        assertThat(withSoma.match("南相馬市物産展")).contains(MINAMISOMA);
        assertThat(withSoma.match("相馬野馬追")).contains(soma);
    }

    @Test
    void twoPartnersMatchingEquallyLongIsAmbiguous() {
        Partner azuma = new Partner("azuma", "吾妻町", List.of("吾妻"));
        PartnerMatcher ambiguous = new PartnerMatcher(List.of(HIGASHIAGATSUMA, azuma));

        assertThat(ambiguous.match("吾妻の朝市")).isEmpty();
        assertThat(ambiguous.match("東吾妻町の朝市")).contains(HIGASHIAGATSUMA);
    }

    @Test
    void aTitleNamingTwoPartnersPrefersTheLongerName() {
        assertThat(matcher.match("小千谷・吾妻合同フェア")).contains(OJIYA);
        assertThat(matcher.match("小千谷・東吾妻町合同フェア")).contains(HIGASHIAGATSUMA);
    }

    @Test
    void refusesTheSameSlugTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PartnerMatcher(List.of(OJIYA, new Partner("ojiya", "おぢや", List.of()))))
                .withMessage("partner slug 'ojiya' is listed twice");
    }

    @Test
    void aPartnerNeedsASlugANameAndNoBlankAlias() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Partner(" ", "名寄市", List.of()))
                .withMessage("a partner needs a slug");
        assertThatIllegalArgumentException().isThrownBy(() -> new Partner("nayoro", "", List.of()))
                .withMessage("partner 'nayoro' needs a name");
        assertThatIllegalArgumentException().isThrownBy(() -> new Partner("nayoro", "名寄市", List.of("")))
                .withMessage("partner 'nayoro' has a blank alias");
    }
}
