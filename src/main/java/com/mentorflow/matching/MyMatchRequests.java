package com.mentorflow.matching;

import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of "My requests": the requests a person sent and received, their mentorships, what happens next. */
@Component
public class MyMatchRequests {

    /** A request as its mentee or mentor sees it in "My requests". */
    public record RequestSummary(long id, String partner, Program program, Status status, String next,
                                 Instant sentAt, boolean open) {
    }

    /** A mentorship as either side sees it. */
    public record MentorshipSummary(long id, String partner, String role, Program program, Mentorship.Status status,
                                    Instant since) {

        static final String YOUR_MENTOR = "your mentor";
        static final String YOUR_MENTEE = "your mentee";

        /** Whether the reader is the mentee here (the partner is their mentor); views word the role from this. */
        public boolean iAmMentee() {
            return YOUR_MENTOR.equals(role);
        }
    }

    private final MatchRequestRepository requests;
    private final MentorshipRepository mentorships;
    private final AccountService accounts;
    private final Clock clock;

    MyMatchRequests(MatchRequestRepository requests, MentorshipRepository mentorships, AccountService accounts,
                    Clock clock) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RequestSummary> sentBy(String username) {
        long me = accountId(username);
        return requests.findByMenteeAccountIdOrderByCreatedAtDesc(me).stream()
                .map(request -> summary(request, request.getMentorAccountId())).toList();
    }

    @Transactional(readOnly = true)
    public List<RequestSummary> receivedBy(String username) {
        long me = accountId(username);
        return requests.findByMentorAccountIdOrderByCreatedAtDesc(me).stream()
                .map(request -> summary(request, request.getMenteeAccountId())).toList();
    }

    @Transactional(readOnly = true)
    public List<MentorshipSummary> mentorshipsOf(String username) {
        long me = accountId(username);
        return mentorships.involving(me).stream().map(m -> {
            boolean iAmMentee = m.getMenteeAccountId() == me;
            return new MentorshipSummary(m.getId(), name(iAmMentee ? m.getMentorAccountId() : m.getMenteeAccountId()),
                    iAmMentee ? MentorshipSummary.YOUR_MENTOR : MentorshipSummary.YOUR_MENTEE, m.getProgram(), m.getStatus(), m.getStartedAt());
        }).toList();
    }

    private RequestSummary summary(MatchRequest request, long partnerId) {
        return new RequestSummary(request.getId(), name(partnerId), request.getProgram(), request.getStatus(),
                whatHappensNext(request), request.getCreatedAt(), request.getStatus().isOpen());
    }

    /** "Expires in 9 days", or why the request is closed. */
    String whatHappensNext(MatchRequest request) {
        return switch (request.getStatus()) {
            case PENDING_APPROVAL -> "A program manager decides first (" + request.getApprovalReason() + ")";
            case PENDING -> {
                if (request.getExpiresAt() == null) {
                    yield "Waiting for the mentor";
                }
                Duration left = Duration.between(clock.instant(), request.getExpiresAt());
                yield left.isNegative() || left.isZero() ? "Expiring now" : "Expires in " + roughly(left);
            }
            case ACCEPTED -> "Mentorship started";
            case DECLINED -> "Declined: " + request.getDecisionReason()
                    + (request.getDecisionText() == null ? "" : " — " + request.getDecisionText());
            case WITHDRAWN -> "Withdrawn: " + request.getDecisionReason();
            case EXPIRED -> "Expired without an answer";
            case REJECTED -> "Not approved: " + request.getDecisionText();
        };
    }

    /** "9 days", "5 hours", "1 minute": the largest whole unit. */
    static String roughly(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHours();
        long minutes = Math.max(1, duration.toMinutes());
        return days >= 1 ? plural(days, "day") : hours >= 1 ? plural(hours, "hour") : plural(minutes, "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    private long accountId(String username) {
        return accounts.findByUsername(username).map(Account::getId)
                .orElseThrow(() -> new NotPermittedException(Sentence.of("matching.refusal.noAccount")));
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("Someone");
    }
}
