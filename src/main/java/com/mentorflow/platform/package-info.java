/**
 * Cross-cutting set-up: security, the program calendar, the process engine and the default embedded database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package com.mentorflow.platform;
