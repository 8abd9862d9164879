package com.mentorflow.people;

/** Someone deactivated is back: they can sign in and be suggested again (what was handed over stays handed over). */
public record PersonReactivated(Long accountId, String employeeId, String username, String by) {
}
