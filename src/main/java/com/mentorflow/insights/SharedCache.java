package com.mentorflow.insights;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;

/**
 * Counts that program managers share. Once computed, a count read after {@code mentorflow.insights.cache-seconds}
 * is recomputed in the background while readers keep the previous one, so only the first reader of a count waits
 * (a journey map's counts take about 1.7 s at full scale). A count nobody reads for ten minutes is dropped, so an
 * idle system computes nothing. With zero seconds (tests) nothing is kept.
 */
final class SharedCache {

    private SharedCache() {
    }

    static <K, V> LoadingCache<K, V> of(int cacheSeconds, long maximumSize, CacheLoader<K, V> loader) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder().maximumSize(maximumSize);
        if (cacheSeconds > 0) {
            builder.refreshAfterWrite(Duration.ofSeconds(cacheSeconds)).expireAfterAccess(Duration.ofMinutes(10));
        } else {
            builder.expireAfterWrite(Duration.ZERO);
        }
        return builder.build(loader);
    }
}
