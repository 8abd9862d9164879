package com.mentorflow.people;

import java.time.LocalDate;
import java.util.Set;

/**
 * Everything matching needs about one person: their profile joined with their directory record. Private
 * fields (military background) are here for the matching engine; views must not list them.
 *
 * @param active        the account is active and, when linked, so is the directory record
 * @param level         directory level (1 for L1 … 10 for L10), null when unknown
 * @param languages     lower-case language codes
 * @param showsMilitary the person chose to show their military background to people they are not matched with
 */
public record ParticipantFacts(long accountId, String displayName, boolean active, EmployeeType employeeType,
                               boolean wantsMentor, boolean wantsMentee, boolean acceptingRequests, int mentorCapacity,
                               Set<Program> programs, String timeZone, String site, String country, String businessLine,
                               String jobFamily, Integer level, LocalDate hireDate, Set<String> languages,
                               Set<Integer> goalTopics, Set<Integer> strengthTopics,
                               MilitaryBackground.Relation serviceRelation, String serviceBranch,
                               Integer transitionYear, boolean showsMilitary) {

    /**
     * Whether someone else may see this person's military background (in match reasons, on a request): a matched
     * partner may, anyone else only when the person chose so. Ranking uses it either way.
     */
    public boolean militaryVisibleTo(boolean viewerIsMatchedPartner) {
        return showsMilitary || viewerIsMatchedPartner;
    }

    public boolean served() {
        return serviceRelation == MilitaryBackground.Relation.VETERAN
                || serviceRelation == MilitaryBackground.Relation.RESERVIST_OR_GUARD;
    }

    /** "Software engineering · L6", or what of it is known. */
    public String role() {
        String family = jobFamily == null ? "" : jobFamily;
        String grade = level == null ? "" : "L" + level;
        return family.isEmpty() || grade.isEmpty() ? family + grade : family + " · " + grade;
    }
}
