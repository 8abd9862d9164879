package com.mentorflow.notify;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /**
     * The oldest due message, locked for this transaction; other nodes skip it instead of waiting, so several
     * senders never deliver the same message at once.
     */
    @Query(value = """
            select * from {h-schema}outbox_message
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit 1
            for update skip locked""", nativeQuery = true)
    Optional<OutboxMessage> lockNextDue(Instant now);

    List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient);

    // Written out rather than derived from the method name: Spring Data builds a derived query as a criteria query
    // on every call and Hibernate 6 translates each one afresh (JFR: a tenth of publishing a cohort), while a JPQL
    // string with scalar parameters is translated once.
    @Query("select count(m) from OutboxMessage m where m.recipient = :recipient and m.createdAt > :after")
    long countByRecipientAndCreatedAtAfter(String recipient, Instant after);
}
