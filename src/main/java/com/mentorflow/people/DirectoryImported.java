package com.mentorflow.people;

/** The employee directory was re-imported: many people's facts may have changed. */
public record DirectoryImported(int rowsChanged) {
}
