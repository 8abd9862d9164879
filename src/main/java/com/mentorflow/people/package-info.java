/**
 * Accounts, mentoring profiles, the employee directory and privacy (export/erase); owns participant onboarding.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package com.mentorflow.people;
