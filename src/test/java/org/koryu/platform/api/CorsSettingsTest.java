package org.koryu.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorsSettingsTest {

    private static CorsSettings of(String origins) {
        CorsSettings settings = new CorsSettings();
        settings.origins = origins;
        settings.parse();
        return settings;
    }

    @Test
    void aStarAllowsEveryOrigin() {
        CorsSettings any = of("*");
        assertThat(any.anyOrigin()).isTrue();
        assertThat(any.allows("https://anywhere.example")).isTrue();
    }

    @Test
    void aListAllowsExactlyItsOrigins() {
        CorsSettings listed = of(" https://www.city.example , https://kouryu.example,, ");
        assertThat(listed.anyOrigin()).isFalse();
        assertThat(listed.allows("https://www.city.example")).isTrue();
        assertThat(listed.allows("https://kouryu.example")).isTrue();
        assertThat(listed.allows("https://kouryu.example.evil")).isFalse();
        assertThat(listed.allows("")).isFalse();
    }
}
