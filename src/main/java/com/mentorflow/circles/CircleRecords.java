package com.mentorflow.circles;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Circles and memberships as the services look them up, and the per-circle lock every command takes first. */
@Component
class CircleRecords {

    private final CircleRepository circles;
    private final CircleMembershipRepository memberships;
    private final JdbcTemplate jdbc;

    CircleRecords(CircleRepository circles, CircleMembershipRepository memberships, JdbcTemplate jdbc) {
        this.circles = circles;
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    /** One command at a time per circle: counts and rules hold however many people click at once. */
    void lock(long circleId) {
        jdbc.query("select pg_advisory_xact_lock(67, ?)", row -> { }, (int) circleId);
    }

    Circle circle(long circleId) {
        return circles.findById(circleId).orElseThrow(() -> new RejectedInputException("circle", Sentence.of("circles.refusal.noSuchCircle")));
    }

    Circle save(Circle circle) {
        return circles.saveAndFlush(circle);
    }

    List<Circle> managedBy(long accountId) {
        return circles.findByManagerAccountId(accountId);
    }

    CircleMembership membership(long membershipId) {
        return memberships.findById(membershipId).orElseThrow();
    }

    CircleMembership save(CircleMembership membership) {
        return memberships.saveAndFlush(membership);
    }

    /** Everyone in the circle, longest-standing first. */
    List<CircleMembership> approved(long circleId) {
        return memberships.findByCircleIdAndStatusOrderByDecidedAtAscIdAsc(circleId, CircleMembership.Status.APPROVED);
    }

    /** Every membership of the circle, requests included, oldest first. */
    List<CircleMembership> all(long circleId) {
        return memberships.findByCircleIdOrderByRequestedAtAscIdAsc(circleId);
    }

    /** The person's request or place in the circle, if they have one. */
    Optional<CircleMembership> current(long circleId, long accountId) {
        return memberships.findFirstByCircleIdAndAccountIdAndStatusIn(circleId, accountId, CircleMembership.CURRENT);
    }

    List<CircleMembership> currentOf(long accountId) {
        return memberships.findByAccountIdAndStatusIn(accountId, CircleMembership.CURRENT);
    }

    List<CircleMembership> everyOf(long accountId) {
        return memberships.findByAccountId(accountId);
    }
}
