/**
 * The year-one journey: learning modules, mentor meetings and check-ins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journey")
package com.mentorflow.journey;
