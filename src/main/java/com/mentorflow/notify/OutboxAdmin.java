package com.mentorflow.notify;

import com.mentorflow.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the admin Outbox view reads and does. */
@Service
@RolesAllowed(Roles.ADMIN_ROLE)
public class OutboxAdmin {

    private final OutboxRepository messages;
    private final EntityManager entityManager;
    private final Clock clock;

    OutboxAdmin(OutboxRepository messages, EntityManager entityManager, Clock clock) {
        this.messages = messages;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OutboxMessage> newestFirst(int offset, int limit) {
        return entityManager.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return messages.count();
    }

    @Transactional
    public void retry(long messageId) {
        messages.findById(messageId).ifPresent(message -> message.retryNow(clock.instant()));
    }
}
