package com.mentorflow.tasks;

import java.time.Instant;

/**
 * A task as the inbox shows it.
 *
 * @param subject what the task is about, in the program's words (e.g. "Your mentoring profile")
 */
public record InboxTask(String id, String name, String subject, Instant created, Instant due, String formKey,
                        String processDefinitionKey, String businessKey) {

    /**
     * The id of what the task is about: the circle, mentorship and match request processes are keyed by it, so a form
     * has it without asking the engine. The service the form calls still checks that the person may act on the task.
     */
    public long businessId() {
        return Long.parseLong(businessKey);
    }
}
