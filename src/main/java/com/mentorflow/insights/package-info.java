/**
 * Program-manager dashboards, reports and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package com.mentorflow.insights;
