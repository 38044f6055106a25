package org.koryu.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RepeatedRequestsTest {

    private static final CachedAnswer ANSWER = CachedAnswer.of("[]".getBytes(StandardCharsets.UTF_8), "application/json",
            Instant.parse("2030-06-01T00:00:00Z"));

    private Instant now = Instant.parse("2030-06-01T14:59:59Z"); // 23:59:59 in Tokyo
    private long version = 7;

    private RepeatedRequests answers() {
        RepeatedRequests answers = new RepeatedRequests();
        answers.clock = clock(ZoneOffset.UTC);
        answers.version = new ReadModelVersion() {
            @Override
            public DeliveryQueries.State current() {
                return new DeliveryQueries.State(version, Instant.EPOCH);
            }
        };
        return answers;
    }

    /** A clock whose time the test moves. */
    private Clock clock(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return clock(other);
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void anAnswerIsRepeatedWhileTheReadModelStaysAtItsVersion() {
        RepeatedRequests answers = answers();
        answers.record("/api/v1/events?", List.of(Map.entry("ETag", ANSWER.etag())), ANSWER, answers.versionBefore());
        assertThat(answers.find("/api/v1/events?")).isNotNull();
        assertThat(answers.find("/api/v1/events?limit=5")).isNull();
        version = 8;
        assertThat(answers.find("/api/v1/events?")).as("after a publication").isNull();
    }

    @Test
    void anAnswerEndsAtMidnightInTokyoSinceListsStartToday() {
        RepeatedRequests answers = answers();
        answers.record("/api/v1/events?", List.of(), ANSWER, answers.versionBefore());
        assertThat(answers.find("/api/v1/events?")).isNotNull();
        now = now.plusSeconds(1);
        assertThat(answers.find("/api/v1/events?")).isNull();
    }
}
