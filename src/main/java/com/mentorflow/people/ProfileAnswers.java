package com.mentorflow.people;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
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
                .check(!name.isEmpty(), "displayName", Sentence.of("people.refusal.enterName"))
                .check(name.length() <= MAX_NAME_LENGTH, "displayName",
                        Sentence.of("people.refusal.nameTooLong", MAX_NAME_LENGTH))
                .check(name.codePoints().noneMatch(Character::isISOControl), "displayName",
                        Sentence.of("people.refusal.nameControlCharacters"))
                .check(wantsMentor || wantsMentee || wantsCircles, "roles",
                        Sentence.of("people.refusal.chooseAWay"))
                .check(!(wantsMentor || wantsMentee) || chosenPrograms.stream().anyMatch(Program::isOneToOne), "programs",
                        Sentence.of("people.refusal.chooseAProgram"))
                .check(isZone(timeZone), "timeZone", Sentence.of("people.refusal.chooseTimeZone"))
                .check(!wantsMentee || !goals.isEmpty(), "goalTopics", Sentence.of("people.refusal.chooseGoal"))
                .check(!wantsMentor || !strengths.isEmpty(), "strengthTopics", Sentence.of("people.refusal.chooseStrength"))
                .check(knownTopics.containsAll(goals), "goalTopics", Sentence.of("people.refusal.topicsFromList"))
                .check(knownTopics.containsAll(strengths), "strengthTopics", Sentence.of("people.refusal.topicsFromList"))
                .check(capacity >= 1 && capacity <= MAX_CAPACITY, "mentorCapacity",
                        Sentence.of("people.refusal.capacity", MAX_CAPACITY))
                .check(strip(bio).length() <= MAX_BIO_LENGTH, "bio", Sentence.of("people.refusal.bioTooLong", MAX_BIO_LENGTH))
                .check(strip(goalsText).length() <= MAX_GOALS_TEXT_LENGTH, "goalsText",
                        Sentence.of("people.refusal.goalsTooLong", MAX_GOALS_TEXT_LENGTH))
                .check(service.yearsServed() == null || (service.yearsServed() >= 0 && service.yearsServed() <= 60),
                        "military.yearsServed", Sentence.of("people.refusal.yearsServed"))
                .check(service.transitionYear() == null
                                || (service.transitionYear() >= 1950 && service.transitionYear() <= thisYear + 1),
                        "military.transitionYear", Sentence.of("people.refusal.transitionYear", thisYear + 1))
                .check(strip(service.branch()).length() <= 60, "military.branch", Sentence.of("people.refusal.branchTooLong"))
                .check(strip(service.specialty()).length() <= 120, "military.specialty",
                        Sentence.of("people.refusal.specialtyTooLong"))
                .check(consent, "consent", Sentence.of("people.refusal.consent"))
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
