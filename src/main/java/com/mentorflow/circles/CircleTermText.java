package com.mentorflow.circles;

import com.mentorflow.circles.Circle.Status;
import com.mentorflow.platform.Times;
import java.time.Instant;
import java.util.List;

/**
 * What a circle's page says about its term, true at every point: meetings still to come, all of them held (the term
 * still runs to its end, when the renewal is decided), the renewal open, and after twelve months the grace period
 * after which an undecided circle disbands. Dates are the reader's.
 */
final class CircleTermText {

    private CircleTermText() {
    }

    static String of(CircleDirectory.Summary circle, List<CircleDirectory.Meeting> meetings, CirclePlan plan, Times reader) {
        if (circle.term() == 0 || circle.termEndsAt() == null) {
            return "";
        }
        String term = "Term " + circle.term();
        Instant ends = circle.termEndsAt();
        boolean afterTwelveMonths = circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL;
        if (circle.status() == Status.RENEWAL_PENDING) {
            return term + " ended on " + reader.date(ends) + ": the renewal decision is open"
                    + (afterTwelveMonths ? ". After twelve months disbanding is recommended; if nobody decides by "
                    + reader.date(plan.decisionDeadline(ends)) + " (" + CirclePlan.DECISION_GRACE_DAYS
                    + " days), the circle disbands." : ".");
        }
        if (!circle.status().isRunning()) {
            return term + " was the circle's last.";
        }
        int lastOfTerm = circle.term() * CirclePlan.MEETINGS_PER_TERM;
        boolean allHeld = meetings.stream().anyMatch(m -> m.number() == lastOfTerm && m.heldAt() != null);
        return term + (allHeld ? ": no more meetings planned this term; renewal decision on "
                : ": one meeting a month until the term ends; renewal decision on ") + reader.date(ends)
                + (afterTwelveMonths ? " · after twelve months disbanding is recommended" : "");
    }
}
