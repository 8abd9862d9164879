package com.mentorflow.circles;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is in a circle, and leaving it: by one's own choice, or from every circle when one's data is erased. */
@Service
public class CircleMemberships {

    private final CircleRecords records;
    private final CirclePeople people;
    private final CircleTasks tasks;
    private final CircleManagement management;
    private final Clock clock;

    CircleMemberships(CircleRecords records, CirclePeople people, CircleTasks tasks, CircleManagement management,
                      Clock clock) {
        this.records = records;
        this.people = people;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
    }

    /** Everyone in the circle, longest-standing first. */
    @Transactional(readOnly = true)
    public List<CircleMembership> approved(long circleId) {
        return records.approved(circleId);
    }

    @Transactional(readOnly = true)
    public CircleMembership membership(long membershipId) {
        return records.membership(membershipId);
    }

    /** The state of the signed-in person in a circle, if any (requested or approved). */
    @Transactional(readOnly = true)
    public Optional<CircleMembership> currentMembership(long circleId, String username) {
        return people.findAccountId(username).flatMap(accountId -> records.current(circleId, accountId));
    }

    /** A member or advisor leaves; when the manager leaves, an advisor or the longest-standing member takes over. */
    @Transactional
    public void leave(String username, long circleId) {
        records.lock(circleId);
        Circle circle = records.circle(circleId);
        long accountId = people.accountId(username);
        CircleMembership membership = records.current(circleId, accountId)
                .orElseThrow(() -> new ConflictException(Sentence.of("circles.refusal.notInCircle")));
        circle.getStatus().checkCanLeave();
        leave(circle, membership, username);
    }

    /** Erasure: the person leaves every circle they are in. */
    @Transactional
    void leaveAll(long accountId, String username) {
        for (CircleMembership membership : records.currentOf(accountId)) {
            records.lock(membership.getCircleId());
            Circle circle = records.circle(membership.getCircleId());
            if (circle.getStatus().isOpen()) {
                leave(circle, membership, username);
            }
        }
        records.everyOf(accountId).forEach(CircleMembership::forgetNote);
    }

    private void leave(Circle circle, CircleMembership membership, String username) {
        boolean wasApproved = membership.isApproved();
        membership.leave(clock.instant());
        tasks.closeVotesAndFeedback(circle.getId(), username);
        if (wasApproved && Objects.equals(circle.getManagerAccountId(), membership.getAccountId())) {
            management.managerLeftCircle(circle, username);
        }
    }
}
