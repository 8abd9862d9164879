package com.mentorflow.tasks;

/**
 * Implemented by each module that runs a process with user tasks: says what a task of that process is
 * about, from the instance's business key (a domain id), so the inbox never reads process variables.
 */
public interface TaskSubjectProvider {

    String processDefinitionKey();

    String describe(String businessKey);

    /** Many at once (a page of a list); override when one query can answer them all. */
    default java.util.Map<String, String> describeAll(java.util.Collection<String> businessKeys) {
        java.util.Map<String, String> subjects = new java.util.HashMap<>();
        businessKeys.forEach(key -> subjects.put(key, describe(key)));
        return subjects;
    }
}
