package com.mentorflow.circles;

import com.mentorflow.people.PersonDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Someone left: the circles they manage get another manager (or end when no one else is in them). In the
 * deactivating transaction, so the hand-over, its process tasks and the deactivation commit together.
 */
@Component
class CirclesOnLeaving {

    private final CircleManagement management;

    CirclesOnLeaving(CircleManagement management) {
        this.management = management;
    }

    @EventListener
    void handOverTheirCircles(PersonDeactivated event) {
        if (event.accountId() != null) {
            management.managerLeft(event.accountId(), event.username(), event.by());
        }
    }
}
