package org.koryu.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void validSlugsAreLowerCaseAsciiWithSingleHyphens() {
        assertThat(Slugs.isValid("higashiagatsuma")).isTrue();
        assertThat(Slugs.isValid("2023-07-20-ome-products-fair")).isTrue();
        assertThat(Slugs.isValid("Ome")).isFalse();
        assertThat(Slugs.isValid("ome--fair")).isFalse();
        assertThat(Slugs.isValid("-ome")).isFalse();
        assertThat(Slugs.isValid("青梅")).isFalse();
        assertThat(Slugs.isValid("a".repeat(121))).isFalse();
    }

    @Test
    void textBecomesASlugBase() {
        assertThat(Slugs.fromText("Ome PR Caravan!")).isEqualTo("ome-pr-caravan");
        assertThat(Slugs.fromText("Café Ōme")).isEqualTo("cafe-ome");
        assertThat(Slugs.fromText("青梅市")).isEmpty();
    }
}
