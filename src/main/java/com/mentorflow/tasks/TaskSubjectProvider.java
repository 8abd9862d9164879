package com.mentorflow.tasks;

import java.util.Locale;

/**
 * Implemented by each module that runs a process with user tasks: says what a task of that process is
 * about, from the instance's business key (a domain id), and what each of its tasks is called, so the inbox never
 * reads another module's process variables or tables.
 */
public interface TaskSubjectProvider {

    String processDefinitionKey();

    /** What the instance is about ("Circle Data stewards"), in the reader's language. */
    String describe(String businessKey, Locale reader);

    /** For the reader of the page being built (English where there is none: REST, mail, a job), as names are. */
    default String describe(String businessKey) {
        return describe(businessKey, TaskWording.currentReader());
    }

    /**
     * The task's name as people read it. The diagram names a task once for every round ("Plan and log the meeting");
     * which module, meeting or month this one is lives in the instance, and only the module running the process
     * knows where and what it means, so it says it here, through the wording of the reader's language.
     */
    default String name(org.camunda.bpm.engine.task.Task task, TaskWording wording) {
        return wording.name();
    }

    /** The name for the reader of the page being built (English where there is none). */
    default String name(org.camunda.bpm.engine.task.Task task) {
        return name(task, TaskWording.of(processDefinitionKey(), task, TaskWording.currentReader()));
    }

    /** Many at once (a page of a list); override when one query can answer them all. */
    default java.util.Map<String, String> describeAll(java.util.Collection<String> businessKeys, Locale reader) {
        java.util.Map<String, String> subjects = new java.util.HashMap<>();
        businessKeys.forEach(key -> subjects.put(key, describe(key, reader)));
        return subjects;
    }

    /** Many at once, for the reader of the page being built. */
    default java.util.Map<String, String> describeAll(java.util.Collection<String> businessKeys) {
        return describeAll(businessKeys, TaskWording.currentReader());
    }
}
