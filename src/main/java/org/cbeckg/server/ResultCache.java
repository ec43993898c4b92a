package org.cbeckg.server;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Whole query answers kept in memory for the store version that computed them. The store changes only when a batch
 * is committed (a watched folder changed), and each commit is a new version, so an answer is served again only to a
 * request made while its version is the live one: no expiry and no invalidation to get wrong. Bounded by bytes;
 * an answer larger than a quarter of the budget is never kept, so one big export cannot push out every other answer.
 *
 * <pre>{@code
 * ResultCache cache = new ResultCache(64L << 20);
 * cache.find(version, request).orElseGet(() -> compute()); cache.keep(version, request, answer);
 * }</pre>
 */
final class ResultCache {

    private record Key(String version, String request) {
    }

    private final long maxBytes;
    private final Cache<Key, CachedAnswer> answers;
    private volatile String liveVersion = "";

    ResultCache(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("a result cache holds at least one byte, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        // Caffeine rather than a LinkedHashMap under a lock: readers on every core never wait for each other, and its
        // admission policy keeps answers asked for often over one-off ones. Eviction runs on the caller's thread.
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, CachedAnswer a) -> a.weight() + 2 * k.request().length())
                .executor(Runnable::run)
                .build();
    }

    /** The largest body kept. */
    long maxAnswerBytes() {
        return maxBytes / 4;
    }

    Optional<CachedAnswer> find(String version, String request) {
        if (!version.equals(liveVersion)) {
            moveTo(version);
        }
        return Optional.ofNullable(answers.getIfPresent(new Key(version, request)));
    }

    /**
     * Keeps a complete answer computed at {@code version}; one too large for the budget, or computed at a version
     * that is no longer the live one, is let go.
     */
    void keep(String version, String request, CachedAnswer answer) {
        if (liveVersion.isEmpty()) {
            moveTo(version);
        }
        if (answer.body().length <= maxAnswerBytes() && version.equals(liveVersion)) {
            answers.put(new Key(version, request), answer);
        }
    }

    private synchronized void moveTo(String version) {
        if (!version.equals(liveVersion)) {
            // The store moved on: answers of earlier versions will never be asked for again.
            liveVersion = version;
            answers.invalidateAll();
        }
    }

    /** Answers held now (after pending evictions), for tests and the log. */
    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }
}
