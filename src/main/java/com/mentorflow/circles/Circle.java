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
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A group of 3 to 10 people meeting monthly. Its status changes only through the methods below, each of which refuses a
 * change the circle's state does not allow (as an aggregate does), so no service compares status values itself.
 */
@Entity
@Table(name = "circle")
public class Circle {

    public enum Status {
        PROPOSED("Proposed"), RECRUITING("Recruiting"), ACTIVE("Active"), RENEWAL_PENDING("Renewal pending"),
        EXTENDED("Extended"), DISBANDED("Disbanded"), EXPIRED("Expired"), CANCELLED("Cancelled");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** People may still ask to join, and the circle still changes. */
        public boolean isOpen() {
            return this != DISBANDED && this != EXPIRED && this != CANCELLED;
        }

        public boolean isRunning() {
            return this == ACTIVE || this == RENEWAL_PENDING || this == EXTENDED;
        }
    }

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
    private Status status;
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
        this.topics = proposal.topics().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        this.description = proposal.description().strip();
        this.affinityNetwork = proposal.affinityNetwork();
        this.language = proposal.language();
        this.timeZone = proposal.timeZone();
        this.meetingMode = proposal.meetingMode();
        this.maxSize = proposal.maxSize();
        this.managerAccountId = managerAccountId;
        this.status = Status.PROPOSED;
        this.proposedAt = now;
    }

    /** The proposal is in the directory: people may ask to join. */
    void openRecruiting() {
        if (status != Status.PROPOSED) {
            throw new ConflictException(Sentence.of("circles.refusal.pastRecruiting", statusWord()));
        }
        status = Status.RECRUITING;
    }

    /** Publishing starts term 1; continuing after a renewal starts the next. */
    void startTerm(Instant now, Instant endsAt) {
        boolean first = term == 0 && (status == Status.PROPOSED || status == Status.RECRUITING);
        if (!first && status != Status.RENEWAL_PENDING) {
            throw new ConflictException(Sentence.of("circles.refusal.noNewTerm", statusWord()));
        }
        if (term == 0) {
            publishedAt = now;
        }
        term++;
        termStartedAt = now;
        termEndsAt = endsAt;
        status = term == 1 ? Status.ACTIVE : Status.EXTENDED;
    }

    /** The term is over; members vote and the manager decides. */
    void askForRenewal() {
        if (!status.isRunning()) {
            throw new ConflictException(Sentence.of("circles.refusal.noTermToRenew", statusWord()));
        }
        status = Status.RENEWAL_PENDING;
    }

    /** Disbanded, expired or cancelled: the page stays as an archive and nothing changes any more. */
    void end(Status how, String reason, Instant now) {
        if (how.isOpen()) {
            throw new IllegalArgumentException(how + " is not an ending");
        }
        if (!status.isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.isAlready", statusWord()));
        }
        status = how;
        endReason = reason;
        endedAt = now;
    }

    void handOverTo(Long accountId) {
        checkCanHandOver();
        managerAccountId = accountId;
    }

    /** Asking to join needs a circle that still takes people. */
    void checkTakesPeople() {
        if (!status.isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.takesNoPeople", statusWord()));
        }
    }

    void checkCanCancel() {
        if (!status.isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.isAlready", statusWord()));
        }
    }

    void checkCanHandOver() {
        if (!status.isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.isStatus", statusWord()));
        }
    }

    void checkCanLeave() {
        if (!status.isOpen()) {
            throw new ConflictException(Sentence.of("circles.refusal.nothingToLeave"));
        }
    }

    boolean isFull(int people) {
        return people >= maxSize;
    }

    /** The status as a refusal names it: "This circle is <u>cancelled</u> already." */
    private Sentence statusWord() {
        return Sentence.of("circles.refusal.status." + status.name());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Set<Integer> getTopics() {
        return topics == null || topics.isBlank() ? Set.of()
                : Arrays.stream(topics.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
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

    public Status getStatus() {
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
