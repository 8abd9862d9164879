/**
 * Mail through a transactional outbox, templates and in-app notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package com.mentorflow.notify;
