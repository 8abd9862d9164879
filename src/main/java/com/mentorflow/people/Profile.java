package com.mentorflow.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What a person tells the program about themselves. One per account, sharing its id. */
@Entity
@Table(name = "profile")
public class Profile {

    @Id
    private Long accountId;

    private boolean wantsMentor;
    private boolean wantsMentee;
    private boolean wantsCircles;
    /** Comma-separated {@link Program} names; a handful at most, so no join table. */
    private String programs = "";
    private String timeZone;
    /** Comma-separated topic ids. */
    private String goalTopics = "";
    private String goalsText;
    private String strengthTopics = "";
    @Enumerated(EnumType.STRING)
    private MeetingMode meetingMode;
    private String bio;
    @Enumerated(EnumType.STRING)
    private MilitaryBackground.Relation serviceRelation;
    private String serviceBranch;
    private Short serviceYears;
    @Enumerated(EnumType.STRING)
    private MilitaryBackground.RankBand rankBand;
    private String serviceSpecialty;
    private Short transitionYear;
    /** The person lets people they are not matched with see their military background; off unless they choose it. */
    private boolean showMilitary;
    private short mentorCapacity = ProfileAnswers.DEFAULT_CAPACITY;
    private boolean acceptingRequests = true;
    /** When the person agreed that their data is used for mentoring only. */
    private Instant consentGivenAt;
    private Instant completedAt;
    private Instant updatedAt;

    protected Profile() {
    }

    Profile(Long accountId) {
        this.accountId = accountId;
    }

    /** The single sign-on's zoneinfo claim, taken only while the person has not chosen a zone. */
    void adoptTimeZone(String zoneId) {
        if (timeZone == null || timeZone.isBlank()) {
            this.timeZone = zoneId;
        }
    }

    /** @param answers already validated */
    void answer(ProfileAnswers answers, Instant now) {
        this.wantsMentor = answers.wantsMentor();
        this.wantsMentee = answers.wantsMentee();
        this.wantsCircles = answers.wantsCircles();
        this.programs = answers.programs().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.timeZone = answers.timeZone();
        this.goalTopics = join(answers.goalTopics());
        this.goalsText = answers.goalsText();
        this.strengthTopics = join(answers.strengthTopics());
        this.meetingMode = answers.meetingMode();
        this.bio = answers.bio();
        MilitaryBackground service = answers.military();
        this.serviceRelation = service.relation();
        this.serviceBranch = service.branch();
        this.serviceYears = service.yearsServed() == null ? null : service.yearsServed().shortValue();
        this.rankBand = service.rankBand();
        this.serviceSpecialty = service.specialty();
        this.transitionYear = service.transitionYear() == null ? null : service.transitionYear().shortValue();
        this.showMilitary = answers.showMilitary() && service.connected();
        this.mentorCapacity = answers.mentorCapacity().shortValue();
        this.acceptingRequests = answers.acceptingRequests();
        if (consentGivenAt == null) {
            this.consentGivenAt = now;
        }
        this.updatedAt = now;
    }

    void markComplete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    /** Erasure keeps the row (the account id is referenced elsewhere) and forgets everything in it. */
    void forget(Instant now) {
        answer(new ProfileAnswers("x", false, false, false, Set.of(), null, Set.of(), null, Set.of(), null, null,
                MilitaryBackground.NONE, 0, false, true), now);
        this.consentGivenAt = null;
    }

    /** The profile as the form shows it again. */
    ProfileAnswers toAnswers(String displayName) {
        return new ProfileAnswers(displayName, wantsMentor, wantsMentee, wantsCircles, getPrograms(), timeZone,
                getGoalTopics(), goalsText, getStrengthTopics(), meetingMode, bio, getMilitary(), (int) mentorCapacity,
                acceptingRequests, consentGivenAt != null, showMilitary);
    }

    private static String join(Set<Integer> ids) {
        return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Set<Integer> ids(String joined) {
        return joined == null || joined.isBlank() ? Set.of()
                : Arrays.stream(joined.split(",")).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    static Set<Program> programs(String joined) {
        EnumSet<Program> result = EnumSet.noneOf(Program.class);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(",")).map(Program::valueOf).forEach(result::add);
        }
        return result;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isWantsMentor() {
        return wantsMentor;
    }

    public boolean isWantsMentee() {
        return wantsMentee;
    }

    public boolean isWantsCircles() {
        return wantsCircles;
    }

    public Set<Program> getPrograms() {
        return programs(programs);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Set<Integer> getGoalTopics() {
        return ids(goalTopics);
    }

    public String getGoalsText() {
        return goalsText;
    }

    public Set<Integer> getStrengthTopics() {
        return ids(strengthTopics);
    }

    public MeetingMode getMeetingMode() {
        return meetingMode;
    }

    public String getBio() {
        return bio;
    }

    public MilitaryBackground getMilitary() {
        return new MilitaryBackground(serviceRelation == null ? MilitaryBackground.Relation.NONE : serviceRelation,
                serviceBranch, serviceYears == null ? null : (int) serviceYears, rankBand, serviceSpecialty,
                transitionYear == null ? null : (int) transitionYear);
    }

    public boolean isShowMilitary() {
        return showMilitary;
    }

    public int getMentorCapacity() {
        return mentorCapacity;
    }

    public boolean isAcceptingRequests() {
        return acceptingRequests;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isComplete() {
        return completedAt != null;
    }

    /** Completed through the profile task, with consent still given: the person may take part. */
    public boolean isReadyToTakePart() {
        return completedAt != null && consentGivenAt != null;
    }
}
