package org.koryu.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.koryu.platform.TimeZones;

/**
 * Complete delivery answers (headers and bytes) by the request that produced them, so that the
 * same request is answered again, or with 304, by {@link RepeatedRequestFilter} before JAX-RS
 * runs. An answer is used only while the read model is at the version it was made for and on the
 * day (Tokyo) it was made, since a list without {@code from} starts today.
 */
@ApplicationScoped
public class RepeatedRequests {

    static final int MAX_ENTRIES = 5_000;

    @Inject
    ReadModelVersion version;

    @Inject
    Clock clock;

    /** An answer as it was sent: its headers in order, and the answer they describe. */
    public record Recorded(List<Map.Entry<String, String>> headers, CachedAnswer answer, long version, long validUntilMillis) {
    }

    private final Map<String, Recorded> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /** The answer recorded for this request, if it is still current. */
    public Recorded find(String request) {
        Recorded recorded = answers.get(request);
        if (recorded == null) {
            return null;
        }
        if (recorded.version() != version.current().version() || clock.millis() >= recorded.validUntilMillis()) {
            answers.remove(request, recorded);
            return null;
        }
        return recorded;
    }

    /** The version an answer about to be made will be recorded under: read before it is made, so a later change always shows. */
    public long versionBefore() {
        return version.current().version();
    }

    public void record(String request, List<Map.Entry<String, String>> headers, CachedAnswer answer, long madeAt) {
        if (answers.size() >= MAX_ENTRIES || bytes.get() > AnswerCache.MAX_BYTES) {
            answers.clear();
            bytes.set(0);
        }
        if (answers.put(request, new Recorded(List.copyOf(headers), answer, madeAt, nextTokyoMidnight())) == null) {
            bytes.addAndGet(answer.body().length);
        }
    }

    /** Compared as a number on every request: cheaper than today's date. */
    private long nextTokyoMidnight() {
        return LocalDate.now(clock.withZone(TimeZones.TOKYO)).plusDays(1).atStartOfDay(TimeZones.TOKYO).toInstant().toEpochMilli();
    }
}
