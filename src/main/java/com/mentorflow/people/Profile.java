package com.mentorflow.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a person tells the program about themselves. One per account, sharing its id. */
@Entity
@Table(name = "profile")
public class Profile {

    @Id
    private Long accountId;

    private boolean wantsMentor;
    private boolean wantsMentee;
    private boolean wantsCircles;
    private String timeZone;
    /** When the person agreed that their data is used for mentoring only. */
    private Instant consentGivenAt;
    private Instant completedAt;

    protected Profile() {
    }

    Profile(Long accountId) {
        this.accountId = accountId;
    }

    void answer(ProfileAnswers answers, Instant now) {
        this.wantsMentor = answers.wantsMentor();
        this.wantsMentee = answers.wantsMentee();
        this.wantsCircles = answers.wantsCircles();
        this.timeZone = answers.timeZone();
        if (consentGivenAt == null) {
            this.consentGivenAt = now;
        }
    }

    void markComplete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
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

    public String getTimeZone() {
        return timeZone;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isComplete() {
        return completedAt != null;
    }
}
