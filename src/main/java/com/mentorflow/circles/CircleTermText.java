package com.mentorflow.circles;

import com.mentorflow.platform.Texts;
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
        java.util.Locale language = reader.locale();
        int term = circle.term();
        Instant ends = circle.termEndsAt();
        boolean afterTwelveMonths = circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL;
        if (circle.status() == CircleStatus.RENEWAL_PENDING) {
            return afterTwelveMonths ? Texts.text(language, "circles.term.renewalOpenDisbanding", term, reader.date(ends),
                    reader.date(plan.decisionDeadline(ends)), CirclePlan.DECISION_GRACE_DAYS)
                    : Texts.text(language, "circles.term.renewalOpen", term, reader.date(ends));
        }
        if (!circle.status().isRunning()) {
            return Texts.text(language, "circles.term.last", term);
        }
        int lastOfTerm = circle.term() * CirclePlan.MEETINGS_PER_TERM;
        boolean allHeld = meetings.stream().anyMatch(m -> m.number() == lastOfTerm && m.heldAt() != null);
        String running = Texts.text(language, allHeld ? "circles.term.allHeld" : "circles.term.monthly", term, reader.date(ends));
        return afterTwelveMonths ? Texts.text(language, "circles.term.disbandingRecommended", running) : running;
    }
}
