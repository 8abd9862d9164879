package com.mentorflow.notify;

/** Delivers one message, or throws; the sender decides about retries. */
interface MailTransport {

    /** @return the status a delivered message ends in */
    OutboxMessage.Status deliver(OutboxMessage message) throws Exception;
}
