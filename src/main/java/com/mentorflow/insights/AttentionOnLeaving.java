package com.mentorflow.insights;

import com.mentorflow.people.PersonDeactivated;
import com.mentorflow.people.PersonReactivated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * "Mentorships where someone left" is read from the people's state, so it is right without this; the shared counts
 * are dropped when someone leaves or returns so the tab's number is right at once.
 */
@Component
class AttentionOnLeaving {

    private final AttentionLists lists;

    AttentionOnLeaving(AttentionLists lists) {
        this.lists = lists;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PersonDeactivated event) {
        lists.recount();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PersonReactivated event) {
        lists.recount();
    }
}
