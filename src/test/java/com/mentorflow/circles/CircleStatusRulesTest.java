package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.MeetingMode;
import com.mentorflow.platform.ConflictException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entities refuse a change their state does not allow, with a sentence, and leave themselves as they were. */
class CircleStatusRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aJoinRequestIsAnsweredOnce() {
        CircleMembership request = new CircleMembership(1, 2, Role.MEMBER, "Hello", NOW);
        request.decline("We are full.", NOW);

        assertThatThrownBy(() -> request.approve(null, NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("answered or withdrawn");
        assertThatThrownBy(() -> request.decline("Again", NOW)).isInstanceOf(ConflictException.class);
        assertThat(request.getStatus()).isEqualTo(CircleMembership.Status.DECLINED);
        assertThat(request.getDeclineReason()).isEqualTo("We are full.");
    }

    @Test
    void aWithdrawnRequestCannotBeApprovedAndSomeoneGoneCannotLeaveAgain() {
        CircleMembership request = new CircleMembership(1, 2, Role.ADVISOR, null, NOW);
        request.leave(NOW);

        assertThatThrownBy(() -> request.approve(null, NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> request.leave(NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("You are not in this circle.");
        assertThat(request.getStatus()).isEqualTo(CircleMembership.Status.LEFT);
    }

    @Test
    void theFounderIsInAtOnce() {
        assertThat(CircleMembership.founder(1, 2, Role.MEMBER, NOW).getStatus()).isEqualTo(CircleMembership.Status.APPROVED);
    }

    @Test
    void aCircleMovesOnlyForward() {
        Circle circle = proposed();
        circle.openRecruiting();
        assertThatThrownBy(circle::openRecruiting).isInstanceOf(ConflictException.class);
        assertThatThrownBy(circle::askForRenewal).as("no term yet").isInstanceOf(ConflictException.class);

        circle.startTerm(NOW, NOW.plusSeconds(60));
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.ACTIVE);
        assertThatThrownBy(() -> circle.startTerm(NOW, NOW)).as("a running term").isInstanceOf(ConflictException.class);
        circle.askForRenewal();
        circle.startTerm(NOW, NOW.plusSeconds(60));
        assertThat(circle.getStatus()).isEqualTo(CircleStatus.EXTENDED);
        assertThat(circle.getTerm()).isEqualTo(2);
    }

    @Test
    void anEndedCircleStaysEnded() {
        Circle circle = proposed();
        circle.end(CircleStatus.CANCELLED, "The sponsor left.", NOW);

        assertThatThrownBy(() -> circle.end(CircleStatus.DISBANDED, "again", NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("This circle is cancelled already.");
        assertThatThrownBy(circle.getStatus()::checkTakesPeople).hasMessage("This circle is cancelled: it takes no new people.");
        assertThatThrownBy(circle.getStatus()::checkCanLeave).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> circle.handOverTo(3L)).isInstanceOf(ConflictException.class);
        assertThat(circle.getEndReason()).isEqualTo("The sponsor left.");
        assertThatThrownBy(() -> proposed().end(CircleStatus.ACTIVE, "not an ending", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Circle proposed() {
        return new Circle(new CircleProposal("Rules circle", Set.of(1), "A circle to test the status rules with.", null, "en",
                "Europe/Berlin", MeetingMode.VIDEO, 5, Role.MEMBER), 2, NOW);
    }
}
