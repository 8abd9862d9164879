package com.mentorflow.scim;

import com.mentorflow.people.PersonDeactivated;
import com.mentorflow.people.PersonReactivated;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers the deactivations and reactivations published while the tests run. SCIM requests are served on the
 * server's threads, where Spring's test-thread event recording does not see them. Part of the one shared test
 * context (found by component scanning, the same for every test class).
 */
@Component
class RecordedPersonEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void deactivated(PersonDeactivated event) {
        events.add(event);
    }

    @EventListener
    void reactivated(PersonReactivated event) {
        events.add(event);
    }

    List<PersonDeactivated> deactivations(long accountId) {
        return events.stream().filter(PersonDeactivated.class::isInstance).map(PersonDeactivated.class::cast)
                .filter(event -> event.accountId() != null && event.accountId() == accountId).toList();
    }

    List<PersonReactivated> reactivations(long accountId) {
        return events.stream().filter(PersonReactivated.class::isInstance).map(PersonReactivated.class::cast)
                .filter(event -> event.accountId() != null && event.accountId() == accountId).toList();
    }
}
