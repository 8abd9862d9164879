/**
 * The task inbox and the form registry that maps a task's camunda:formKey to its Vaadin form.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tasks")
package com.mentorflow.tasks;
