package org.koryu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class HttpCachingTest {

    private static final CachedAnswer ANSWER = CachedAnswer.of("{\"items\":[]}".getBytes(StandardCharsets.UTF_8),
            "application/json", Instant.parse("2026-11-29T06:00:00.500Z"));

    @Test
    void theTagIsStrongAndDependsOnBytesAndMediaType() {
        assertThat(ANSWER.etag()).startsWith("\"").doesNotStartWith("W/");
        assertThat(CachedAnswer.of(ANSWER.body(), "application/json", Instant.EPOCH).etag()).isEqualTo(ANSWER.etag());
        assertThat(CachedAnswer.of(ANSWER.body(), "application/ld+json", Instant.EPOCH).etag()).isNotEqualTo(ANSWER.etag());
        assertThat(CachedAnswer.of("{}".getBytes(StandardCharsets.UTF_8), "application/json", Instant.EPOCH).etag())
                .isNotEqualTo(ANSWER.etag());
    }

    @Test
    void ifNoneMatchComparesTagsAndWinsOverIfModifiedSince() {
        assertThat(HttpCaching.notModified(ANSWER, ANSWER.etag(), null)).isTrue();
        assertThat(HttpCaching.notModified(ANSWER, "\"a\", W/" + ANSWER.etag(), null)).isTrue();
        assertThat(HttpCaching.notModified(ANSWER, "*", null)).isTrue();
        assertThat(HttpCaching.notModified(ANSWER, "\"other\"", "Sun, 29 Nov 2026 07:00:00 GMT"))
                .as("a tag that differs decides, whatever the date").isFalse();
        String tag = ANSWER.etag();
        assertThat(HttpCaching.notModified(ANSWER, " " + tag + " ,", null)).as("spaces and an empty member").isTrue();
        assertThat(HttpCaching.notModified(ANSWER, tag.substring(0, tag.length() - 2) + "\"", null)).as("a prefix of the tag").isFalse();
        assertThat(HttpCaching.notModified(ANSWER, "W/" + tag + "x", null)).isFalse();
        assertThat(HttpCaching.notModified(ANSWER, "", null)).isFalse();
    }

    @Test
    void ifModifiedSinceComparesWholeSeconds() {
        assertThat(HttpCaching.notModified(ANSWER, null, "Sun, 29 Nov 2026 06:00:00 GMT")).isTrue();
        assertThat(HttpCaching.notModified(ANSWER, null, "Sun, 29 Nov 2026 05:59:59 GMT")).isFalse();
        assertThat(HttpCaching.notModified(ANSWER, null, "yesterday")).as("an unreadable date is ignored").isFalse();
        assertThat(HttpCaching.notModified(ANSWER, null, null)).isFalse();
    }
}
