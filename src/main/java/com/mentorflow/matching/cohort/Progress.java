package com.mentorflow.matching.cohort;

import java.util.function.DoubleConsumer;

/**
 * Reports the fraction done to the page, from whichever worker thread gets there: never backwards, and only in
 * steps of a percent, so a page polling it is not flooded.
 */
final class Progress {

    private final DoubleConsumer listener;
    private int lastPercent = -1;

    Progress(DoubleConsumer listener) {
        this.listener = listener;
    }

    synchronized void report(double fraction) {
        int percent = (int) Math.floor(Math.min(1, Math.max(0, fraction)) * 100);
        if (percent > lastPercent) {
            lastPercent = percent;
            listener.accept(percent / 100.0);
        }
    }
}
