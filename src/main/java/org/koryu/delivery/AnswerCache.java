package org.koryu.delivery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Delivery answers kept in memory, keyed by the normalised request and valid for one version of
 * the read model: most requests of downstream sites repeat, and between two publications the
 * answer to a request cannot change. A new version empties the cache; its size is bounded so
 * that clients varying their queries cannot exhaust memory.
 */
@ApplicationScoped
public class AnswerCache {

    static final int MAX_ENTRIES = 5_000;
    /** Together with {@link RepeatedRequests} (which mostly shares these answers' bytes) this bounds the memory delivery caches take. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Inject
    ReadModelVersion version;

    private final Map<String, CachedAnswer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile long cachedVersion = -1;

    public CachedAnswer get(String key, Supplier<CachedAnswer> compute) {
        long current = version.current().version();
        if (current != cachedVersion) {
            clear();
            cachedVersion = current;
        }
        CachedAnswer answer = answers.get(key);
        if (answer == null) {
            answer = compute.get();
            if (answers.size() >= MAX_ENTRIES || bytes.get() > MAX_BYTES) {
                clear();
            }
            if (cachedVersion == current && answers.put(key, answer) == null) {
                bytes.addAndGet(answer.body().length);
            }
        }
        return answer;
    }

    private void clear() {
        answers.clear();
        bytes.set(0);
    }
}
