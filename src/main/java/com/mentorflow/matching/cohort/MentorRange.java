package com.mentorflow.matching.cohort;

/**
 * One batch of "Publish pairs": the pairs whose mentors' account ids lie from {@code first} to {@code last}. Batches
 * never share a mentor, so no two of them wait on one mentor's lock (MatchRequestRecords.lockPeople) held until the
 * other commits; batches cut by mentee shared mentors, deadlocked and waited out retries (5 pairs/s).
 * Carried in the process as text, "first-last".
 */
record MentorRange(long first, long last) {

    MentorRange {
        if (first > last) {
            throw new IllegalArgumentException("A mentor range runs from its first mentor to its last: " + first + "-" + last);
        }
    }

    static MentorRange parse(String text) {
        int dash = text.indexOf('-');
        return new MentorRange(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
