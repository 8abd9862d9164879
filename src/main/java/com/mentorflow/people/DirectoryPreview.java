package com.mentorflow.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.mentorflow.platform.Sentence;
import java.util.List;

/**
 * What a directory file does to the directory: the preview an admin confirms, and (with {@code applied}) the
 * report of the import. Lists hold at most {@link DirectoryPlanner#LISTED} entries; the counts are complete.
 *
 * @param plan                a fingerprint of everything the import would write; confirming with it applies
 *                            exactly this plan or nothing
 * @param missing             active people not named in the file (deactivated only when asked)
 * @param deactivationRefusal why deactivating the missing people is refused (in the reader's language), or null
 * @param confirmationNeeded  what must be typed (sent) to deactivate this many people, or null
 */
public record DirectoryPreview(String plan, boolean applied, boolean deactivateMissing, int rowsRead, int activeBefore,
                               int added, int changed, int unchanged, int refused, int missing, int deactivated,
                               List<Person> newPeople, List<Change> changedPeople, List<Person> unchangedPeople,
                               List<RowProblem> refusedRows, List<Person> deactivatedPeople,
                               @JsonIgnore Sentence deactivationRefusal, String confirmationNeeded) {

    /** The refusal in English, as the REST API and the audit log have always said it; null when deactivating is allowed. */
    @JsonProperty("deactivationRefused")
    public String deactivationRefused() {
        return deactivationRefusal == null ? null : deactivationRefusal.english();
    }

    /** @param line the file's line (the header is line 1), or null for a person not in the file */
    public record Person(Long line, String employeeId, String name, String email) {
    }

    public record FieldChange(String field, String before, String after) {
    }

    public record Change(long line, String employeeId, String name, List<FieldChange> fields) {
    }

    /**
     * One row the import refuses, with the file's line number (the header is line 1).
     *
     * @param problem why, said in the reader's language ({@link #message()} for English)
     */
    public record RowProblem(long line, String employeeId, @JsonIgnore Sentence problem) {

        /** Why, in English, as the REST API has always said it. */
        @JsonProperty("message")
        public String message() {
            return problem.english();
        }
    }

    public int imported() {
        return added + changed + unchanged;
    }

    public boolean canApply() {
        return deactivationRefusal == null;
    }

    DirectoryPreview asApplied() {
        return new DirectoryPreview(plan, true, deactivateMissing, rowsRead, activeBefore, added, changed, unchanged,
                refused, missing, deactivated, newPeople, changedPeople, unchangedPeople, refusedRows, deactivatedPeople,
                deactivationRefusal, confirmationNeeded);
    }
}
