/**
 * Group mentoring circles: proposal, membership, meetings and renewal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Circles")
package com.mentorflow.circles;
