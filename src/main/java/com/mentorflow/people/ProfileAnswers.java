package com.mentorflow.people;

import com.mentorflow.platform.RejectedInputException;
import java.time.DateTimeException;
import java.time.Year;
import java.time.ZoneId;
import java.util.Set;

/**
 * A person's mentoring profile as they give it: in the onboarding task and later on "My profile".
 *
 * @param goalTopics     topic ids a mentee wants to grow in
 * @param strengthTopics topic ids a mentor can help with
 * @param mentorCapacity most active mentees at once (mentors), 1–10
 * @param consent        the person agrees that their data is used for mentoring only
 * @param showMilitary   the person lets people they are not matched with see their military background (off
 *                       unless chosen; the matching engine and a matched partner see it either way)
 */
public record ProfileAnswers(String displayName, boolean wantsMentor, boolean wantsMentee, boolean wantsCircles,
                             Set<Program> programs, String timeZone, Set<Integer> goalTopics, String goalsText,
                             Set<Integer> strengthTopics, MeetingMode meetingMode, String bio,
                             MilitaryBackground military, Integer mentorCapacity, Boolean acceptingRequests,
                             boolean consent, boolean showMilitary) {

    /** Answers without the military opt-in: the background stays private. */
    public ProfileAnswers(String displayName, boolean wantsMentor, boolean wantsMentee, boolean wantsCircles,
                          Set<Program> programs, String timeZone, Set<Integer> goalTopics, String goalsText,
                          Set<Integer> strengthTopics, MeetingMode meetingMode, String bio, MilitaryBackground military,
                          Integer mentorCapacity, Boolean acceptingRequests, boolean consent) {
        this(displayName, wantsMentor, wantsMentee, wantsCircles, programs, timeZone, goalTopics, goalsText,
                strengthTopics, meetingMode, bio, military, mentorCapacity, acceptingRequests, consent, false);
    }

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_BIO_LENGTH = 2000;
    public static final int MAX_GOALS_TEXT_LENGTH = 1000;
    public static final int MAX_CAPACITY = 10;
    public static final int DEFAULT_CAPACITY = 2;

    /** The fewest answers that make a valid profile; the rest take their defaults. */
    public static ProfileAnswers minimal(String displayName, boolean wantsMentor, boolean wantsMentee,
                                         boolean wantsCircles, String timeZone, boolean consent) {
        return new ProfileAnswers(displayName, wantsMentor, wantsMentee, wantsCircles, null, timeZone, null, null,
                null, null, null, null, null, null, consent);
    }

    /**
     * Checks every answer and fills defaults.
     *
     * @throws RejectedInputException with a message per field that is not acceptable
     */
    public ProfileAnswers validated(Set<Integer> knownTopics) {
        String name = strip(displayName);
        Set<Program> chosenPrograms = java.util.EnumSet.noneOf(Program.class);
        if (programs != null) {
            programs.stream().filter(Program::isOneToOne).forEach(chosenPrograms::add);
        }
        if (wantsCircles) {
            chosenPrograms.add(Program.CIRCLES);
        }
        Set<Integer> goals = goalTopics == null ? Set.of() : Set.copyOf(goalTopics);
        Set<Integer> strengths = strengthTopics == null ? Set.of() : Set.copyOf(strengthTopics);
        int capacity = mentorCapacity == null ? DEFAULT_CAPACITY : mentorCapacity;
        MilitaryBackground service = military == null ? MilitaryBackground.NONE : military;
        int thisYear = Year.now().getValue();
        new RejectedInputException.Collector()
                .check(!name.isEmpty(), "displayName", "Please enter the name others should see.")
                .check(name.length() <= MAX_NAME_LENGTH, "displayName",
                        "Please keep your name to " + MAX_NAME_LENGTH + " characters or fewer.")
                .check(name.codePoints().noneMatch(Character::isISOControl), "displayName",
                        "Your name cannot contain control characters.")
                .check(wantsMentor || wantsMentee || wantsCircles, "roles",
                        "Choose at least one way to take part: mentor, mentee or circles.")
                .check(!(wantsMentor || wantsMentee) || chosenPrograms.stream().anyMatch(Program::isOneToOne), "programs",
                        "Mentors and mentees take part in a program: choose the new-hire program or open mentoring.")
                .check(isZone(timeZone), "timeZone", "Please choose your time zone from the list.")
                .check(!wantsMentee || !goals.isEmpty(), "goalTopics", "Choose at least one topic you want to grow in.")
                .check(!wantsMentor || !strengths.isEmpty(), "strengthTopics", "Choose at least one topic you can help with.")
                .check(knownTopics.containsAll(goals), "goalTopics", "Choose topics from the list.")
                .check(knownTopics.containsAll(strengths), "strengthTopics", "Choose topics from the list.")
                .check(capacity >= 1 && capacity <= MAX_CAPACITY, "mentorCapacity",
                        "A mentor takes between 1 and " + MAX_CAPACITY + " mentees at a time.")
                .check(strip(bio).length() <= MAX_BIO_LENGTH, "bio", "Please keep your bio to " + MAX_BIO_LENGTH + " characters.")
                .check(strip(goalsText).length() <= MAX_GOALS_TEXT_LENGTH, "goalsText",
                        "Please keep your goals to " + MAX_GOALS_TEXT_LENGTH + " characters.")
                .check(service.yearsServed() == null || (service.yearsServed() >= 0 && service.yearsServed() <= 60),
                        "military.yearsServed", "Years served is a number from 0 to 60.")
                .check(service.transitionYear() == null
                                || (service.transitionYear() >= 1950 && service.transitionYear() <= thisYear + 1),
                        "military.transitionYear", "The year you left service is between 1950 and " + (thisYear + 1) + ".")
                .check(strip(service.branch()).length() <= 60, "military.branch", "Please keep the branch to 60 characters.")
                .check(strip(service.specialty()).length() <= 120, "military.specialty",
                        "Please keep the specialty to 120 characters.")
                .check(consent, "consent", "Mentorflow needs your consent to use your profile for mentoring.")
                .throwIfAny();
        MilitaryBackground cleanService = service.connected()
                ? new MilitaryBackground(service.relation(), blankToNull(service.branch()), service.yearsServed(),
                        service.rankBand(), blankToNull(service.specialty()), service.transitionYear())
                : MilitaryBackground.NONE;
        return new ProfileAnswers(name, wantsMentor, wantsMentee, wantsCircles, Set.copyOf(chosenPrograms), timeZone,
                wantsMentee ? goals : Set.of(), blankToNull(goalsText), wantsMentor ? strengths : Set.of(),
                meetingMode == null ? MeetingMode.EITHER : meetingMode, blankToNull(bio), cleanService, capacity,
                acceptingRequests == null || acceptingRequests, true, showMilitary && cleanService.connected());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        String stripped = strip(text);
        return stripped.isEmpty() ? null : stripped;
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return ZoneId.getAvailableZoneIds().contains(zone);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
