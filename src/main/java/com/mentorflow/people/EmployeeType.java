package com.mentorflow.people;

/** As HR exports it. Circles are open to regular (full-time) employees only. */
public enum EmployeeType {
    REGULAR, CONTRACTOR, INTERN, TEMPORARY, VENDOR
}
