package org.koryu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginPostsTest {

    private static final String OWN = "https://cms.city.example";

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "own page (fetch metadata), same-origin, https://cms.city.example, -, true",
            "own page (Origin only), -, https://cms.city.example, -, true",
            "own page with the default port spelled out, -, https://cms.city.example:443, -, true",
            "own page (Referer only), -, -, https://cms.city.example/events/edit?id=3, true",
            "no browser headers at all (a program), -, -, -, true",
            "another site, cross-site, https://evil.example, -, false",
            "a sibling site of the same domain, same-site, https://other.city.example, -, false",
            "another origin without fetch metadata, -, https://evil.example, -, false",
            "same host over http, -, http://cms.city.example, -, false",
            "an opaque origin (a sandboxed frame or data: URL), -, null, -, false",
            "Referer from elsewhere, -, -, https://evil.example/form.html, false",
            "fetch metadata says cross-site although Origin matches, cross-site, https://cms.city.example, -, false",
    })
    void onlyKoryusOwnPagesMayPost(String what, String fetchSite, String origin, String referer, boolean allowed) {
        assertThat(SameOriginPosts.sameOrigin(OWN, fetchSite, origin, referer)).as(what).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"GET, true", "HEAD, true", "OPTIONS, true", "POST, false", "PUT, false", "DELETE, false", "PATCH, false"})
    void unsafeMethodsAreChecked(String method, boolean safe) {
        assertThat(SameOriginPosts.safe(method)).isEqualTo(safe);
    }
}
