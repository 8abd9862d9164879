/**
 * Mentor suggestions, match requests and mentorships.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Matching")
package com.mentorflow.matching;
