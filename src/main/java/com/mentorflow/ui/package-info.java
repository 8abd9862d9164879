/**
 * The main layout, the login view and shared UI components only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "UI")
package com.mentorflow.ui;
