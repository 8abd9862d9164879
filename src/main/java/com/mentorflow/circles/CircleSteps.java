package com.mentorflow.circles;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What circle-lifecycle.bpmn does by itself, through {@link CircleDelegates}: open recruiting, start a term, ask for
 * the renewal, and end the circle (disbanded, expired, cancelled). Besides the people's commands on the circle, the
 * only places a circle's status changes.
 */
@Component
class CircleSteps {

    private final CircleRecords records;
    private final CircleRenewalRecords renewals;
    private final CirclePost post;
    private final CirclePlan plan;
    private final Clock clock;

    CircleSteps(CircleRecords records, CircleRenewalRecords renewals, CirclePost post, CirclePlan plan, Clock clock) {
        this.records = records;
        this.renewals = renewals;
        this.post = post;
        this.plan = plan;
        this.clock = clock;
    }

    @Transactional
    void openRecruiting(long circleId) {
        Circle circle = records.circle(circleId);
        circle.openRecruiting();
        post.send(circle.getManagerAccountId(), CircleMails.openForMembers(circle));
    }

    /** A term starts (at publishing, or when the circle continues) and lasts six months; answers its number. */
    @Transactional
    int startTerm(long circleId, Instant start) {
        Circle circle = records.circle(circleId);
        circle.startTerm(start, plan.termEnd(start));
        if (circle.getTerm() > 1) {
            renewals.renewed(circleId, circle.getTerm() - 1, "CONTINUED");
        }
        post.send(records.approved(circleId), circle.getTerm() == 1
                ? CircleMails.started(circle, records.approved(circleId).size())
                : CircleMails.continues(circle, circle.getTerm()));
        return circle.getTerm();
    }

    @Transactional
    void askForRenewal(long circleId) {
        Circle circle = records.circle(circleId);
        circle.askForRenewal();
        post.send(records.approved(circleId), CircleMails.renewalDue(circle, circle.getTerm()));
    }

    @Transactional
    void disband(long circleId) {
        Circle circle = records.circle(circleId);
        circle.end(CircleStatus.DISBANDED, "disbanded after term " + circle.getTerm(), clock.instant());
        renewals.renewed(circleId, circle.getTerm(), "DISBANDED");
        declinePending(circleId, "the circle has disbanded");
        post.send(records.approved(circleId), CircleMails.disbanded(circle));
    }

    @Transactional
    void expire(long circleId) {
        Circle circle = records.circle(circleId);
        circle.end(CircleStatus.EXPIRED, "not published within " + CirclePlan.PUBLISH_WITHIN_WEEKS + " weeks", clock.instant());
        post.send(records.all(circleId).stream().filter(CircleMembership::isCurrent).toList(),
                CircleMails.expired(circle));
        declinePending(circleId, "the circle expired");
    }

    @Transactional
    void cancelled(long circleId, String reason) {
        Circle circle = records.circle(circleId);
        circle.end(CircleStatus.CANCELLED, reason, clock.instant());
        declinePending(circleId, "the circle was cancelled");
        post.send(records.approved(circleId), CircleMails.cancelled(circle, reason));
    }

    private void declinePending(long circleId, String reason) {
        records.all(circleId).stream().filter(CircleMembership::isRequested).forEach(m -> m.decline(reason, clock.instant()));
    }
}
