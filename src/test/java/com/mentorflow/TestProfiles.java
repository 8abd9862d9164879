package com.mentorflow;

import com.mentorflow.people.MeetingMode;
import com.mentorflow.people.MilitaryBackground;
import com.mentorflow.people.ProfileAnswers;
import com.mentorflow.people.Program;
import java.util.EnumSet;
import java.util.Set;

/**
 * Profile answers for tests, so a test spells out only the answers it is about:
 * {@code TestProfiles.mentee().named("Sam").in(Program.NEW_HIRE).answers()}. The rest are the fewest answers that
 * make a valid profile: open mentoring, Europe/Berlin, topic 1 to grow in (a mentee) or help with (a mentor),
 * consent given, capacity and availability left to their defaults.
 */
public final class TestProfiles {

    private String displayName = "Sam Example";
    private boolean wantsMentor;
    private boolean wantsMentee;
    private boolean wantsCircles;
    private Set<Program> programs = EnumSet.of(Program.OPEN);
    private String timeZone = "Europe/Berlin";
    private Set<Integer> goalTopics = Set.of(1);
    private String goalsText;
    private Set<Integer> strengthTopics = Set.of(1);
    private MeetingMode meetingMode;
    private String bio;
    private MilitaryBackground military;
    private Integer mentorCapacity;
    private Boolean acceptingRequests;
    private boolean consent = true;
    private boolean showMilitary;

    private TestProfiles() {
    }

    public static TestProfiles mentee() {
        return person(false, true);
    }

    public static TestProfiles mentor() {
        return person(true, false);
    }

    /** Someone who mentors and is mentored; either flag may be false. */
    public static TestProfiles person(boolean mentor, boolean mentee) {
        TestProfiles profile = new TestProfiles();
        profile.wantsMentor = mentor;
        profile.wantsMentee = mentee;
        return profile;
    }

    /** The person's current answers, to change one of them. */
    public static TestProfiles from(ProfileAnswers current) {
        TestProfiles profile = person(current.wantsMentor(), current.wantsMentee());
        profile.displayName = current.displayName();
        profile.wantsCircles = current.wantsCircles();
        profile.programs = current.programs();
        profile.timeZone = current.timeZone();
        profile.goalTopics = current.goalTopics();
        profile.goalsText = current.goalsText();
        profile.strengthTopics = current.strengthTopics();
        profile.meetingMode = current.meetingMode();
        profile.bio = current.bio();
        profile.military = current.military();
        profile.mentorCapacity = current.mentorCapacity();
        profile.acceptingRequests = current.acceptingRequests();
        profile.consent = current.consent();
        profile.showMilitary = current.showMilitary();
        return profile;
    }

    public TestProfiles named(String name) { displayName = name; return this; }
    public TestProfiles in(Program first, Program... more) { programs = EnumSet.of(first, more); return this; }
    /** No one-to-one program chosen (null, as an untouched form gives). */
    public TestProfiles inNoProgram() { programs = null; return this; }
    public TestProfiles alsoInCircles() { wantsCircles = true; return this; }
    public TestProfiles livingIn(String zone) { timeZone = zone; return this; }
    public TestProfiles growingIn(Integer... topics) { goalTopics = Set.of(topics); return this; }
    public TestProfiles goals(String text) { goalsText = text; return this; }
    public TestProfiles helpingWith(Integer... topics) { strengthTopics = Set.of(topics); return this; }
    public TestProfiles meeting(MeetingMode mode) { meetingMode = mode; return this; }
    public TestProfiles bio(String text) { bio = text; return this; }
    public TestProfiles served(MilitaryBackground background) { military = background; return this; }
    public TestProfiles showingMilitary(boolean show) { showMilitary = show; return this; }
    public TestProfiles capacity(Integer mentees) { mentorCapacity = mentees; return this; }
    public TestProfiles accepting(Boolean accepting) { acceptingRequests = accepting; return this; }
    public TestProfiles consent(boolean given) { consent = given; return this; }

    /** Topics for a role the person does not take are left empty, as the form leaves them. */
    public ProfileAnswers answers() {
        return new ProfileAnswers(displayName, wantsMentor, wantsMentee, wantsCircles, programs, timeZone,
                wantsMentee ? goalTopics : Set.of(), goalsText, wantsMentor ? strengthTopics : Set.of(), meetingMode, bio,
                military, mentorCapacity, acceptingRequests, consent, showMilitary);
    }
}
