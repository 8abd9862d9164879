package com.mentorflow.tasks;

import java.time.Instant;

/**
 * A task as the inbox shows it.
 *
 * @param subject what the task is about, in the program's words (e.g. "Your mentoring profile")
 */
public record InboxTask(String id, String name, String subject, Instant created, Instant due, String formKey,
                        String processDefinitionKey, String businessKey) {
}
