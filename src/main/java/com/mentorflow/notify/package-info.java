/**
 * Mail through a transactional outbox: {@link com.mentorflow.notify.Letter}s in one layout (HTML and plain text,
 * {@code templates/mail}), calendar invites, and the admin's Outbox view.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package com.mentorflow.notify;
