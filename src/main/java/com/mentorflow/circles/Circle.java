package com.mentorflow.circles;

import com.mentorflow.people.MeetingMode;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.Sentence;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;

/**
 * A group of 3 to 10 people meeting monthly. Its status changes only through the methods below, each of which refuses a
 * change the circle's state does not allow (as an aggregate does); what a status still allows (joining, leaving, a
 * hand-over) is asked of its {@link CircleStatus}, so no service compares status values itself.
 */
@Entity
@Table(name = "circle")
public class Circle {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "circle_seq")
    @SequenceGenerator(name = "circle_seq", sequenceName = "circle_seq", allocationSize = 50)
    private Long id;
    private String name;
    private String topics;
    private String description;
    private Integer affinityNetwork;
    private String language;
    private String timeZone;
    @Enumerated(EnumType.STRING)
    private MeetingMode meetingMode;
    private int maxSize;
    @Enumerated(EnumType.STRING)
    private CircleStatus status;
    private Long managerAccountId;
    private int term;
    private Instant proposedAt;
    private Instant publishedAt;
    private Instant termStartedAt;
    private Instant termEndsAt;
    private Instant endedAt;
    private String endReason;
    @Version
    private int version;

    protected Circle() {
    }

    Circle(CircleProposal proposal, long managerAccountId, Instant now) {
        this.name = proposal.name().strip();
        this.topics = CircleTopics.written(proposal.topics());
        this.description = proposal.description().strip();
        this.affinityNetwork = proposal.affinityNetwork();
        this.language = proposal.language();
        this.timeZone = proposal.timeZone();
        this.meetingMode = proposal.meetingMode();
        this.maxSize = proposal.maxSize();
        this.managerAccountId = managerAccountId;
        this.status = CircleStatus.PROPOSED;
        this.proposedAt = now;
    }

    /** The proposal is in the directory: people may ask to join. */
    void openRecruiting() {
        if (status != CircleStatus.PROPOSED) {
            throw new ConflictException(Sentence.of("circles.refusal.pastRecruiting", status.word()));
        }
        status = CircleStatus.RECRUITING;
    }

    /** Publishing starts term 1; continuing after a renewal starts the next. */
    void startTerm(Instant now, Instant endsAt) {
        boolean first = term == 0 && (status == CircleStatus.PROPOSED || status == CircleStatus.RECRUITING);
        if (!first && status != CircleStatus.RENEWAL_PENDING) {
            throw new ConflictException(Sentence.of("circles.refusal.noNewTerm", status.word()));
        }
        if (term == 0) {
            publishedAt = now;
        }
        term++;
        termStartedAt = now;
        termEndsAt = endsAt;
        status = term == 1 ? CircleStatus.ACTIVE : CircleStatus.EXTENDED;
    }

    /** The term is over; members vote and the manager decides. */
    void askForRenewal() {
        if (!status.isRunning()) {
            throw new ConflictException(Sentence.of("circles.refusal.noTermToRenew", status.word()));
        }
        status = CircleStatus.RENEWAL_PENDING;
    }

    /** Disbanded, expired or cancelled: the page stays as an archive and nothing changes any more. */
    void end(CircleStatus how, String reason, Instant now) {
        if (how.isOpen()) {
            throw new IllegalArgumentException(how + " is not an ending");
        }
        if (!status.isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.isAlready", status.word()));
        }
        status = how;
        endReason = reason;
        endedAt = now;
    }

    void handOverTo(Long accountId) {
        status.checkCanHandOver();
        managerAccountId = accountId;
    }

    boolean isFull(int people) {
        return people >= maxSize;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Integer> getTopics() {
        return CircleTopics.read(topics);
    }

    public String getDescription() {
        return description;
    }

    public Integer getAffinityNetwork() {
        return affinityNetwork;
    }

    public String getLanguage() {
        return language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public MeetingMode getMeetingMode() {
        return meetingMode;
    }

    public int getMaxSize() {
        return maxSize;
    }

    public CircleStatus getStatus() {
        return status;
    }

    public Long getManagerAccountId() {
        return managerAccountId;
    }

    public int getTerm() {
        return term;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getTermStartedAt() {
        return termStartedAt;
    }

    public Instant getTermEndsAt() {
        return termEndsAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
