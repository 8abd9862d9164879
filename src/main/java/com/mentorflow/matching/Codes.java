package com.mentorflow.matching;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the words people share (sites, business lines, branches, languages) into small ints once, so
 * comparing a mentee with 100,000 mentors compares ints, not strings.
 */
final class Codes {

    static final int UNKNOWN = -1;
    /** Topic ids become bits of a long: the managed topic list must keep its ids below this. */
    static final int MAX_TOPIC_ID = 63;

    private static final Map<String, Integer> CODES = new ConcurrentHashMap<>();

    private Codes() {
    }

    /** The same code for the same word, whatever its case; {@link #UNKNOWN} for none. */
    static int of(String word) {
        if (word == null || word.isBlank()) {
            return UNKNOWN;
        }
        return CODES.computeIfAbsent(word.strip().toLowerCase(Locale.ROOT), key -> CODES.size());
    }

    static int[] of(Collection<String> words) {
        return words.stream().mapToInt(Codes::of).filter(code -> code != UNKNOWN).distinct().toArray();
    }

    static long topicMask(Collection<Integer> topicIds) {
        long mask = 0;
        for (int id : topicIds) {
            if (id < 0 || id > MAX_TOPIC_ID) {
                throw new IllegalStateException("Topic id " + id + " is outside 0.." + MAX_TOPIC_ID
                        + ": widen the topic mask in matching before adding such topics");
            }
            mask |= 1L << id;
        }
        return mask;
    }
}
