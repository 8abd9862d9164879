package com.mentorflow.tasks;

/**
 * Implemented by each module that runs a process with user tasks: says what a task of that process is
 * about, from the instance's business key (a domain id), so the inbox never reads process variables.
 */
public interface TaskSubjectProvider {

    String processDefinitionKey();

    String describe(String businessKey);
}
