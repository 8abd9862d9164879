package com.mentorflow.matching;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of "My requests": the requests a person sent and received, their mentorships, what happens next. */
@Component
public class MyMatchRequests {

    /** A request as its mentee or mentor sees it in "My requests". */
    public record RequestSummary(long id, String partner, Program program, Status status, String next,
                                 Instant sentAt, boolean open, @JsonIgnore Sentence nextStep) {

        /** What happens next in the reader's language ({@link #next} is the English the REST answer carries). */
        public String next(Locale reader) {
            return nextStep.in(reader);
        }
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
        Sentence next = RequestNextStep.of(request, clock.instant());
        return new RequestSummary(request.getId(), name(partnerId), request.getProgram(), request.getStatus(),
                next.english(), request.getCreatedAt(), request.getStatus().isOpen(), next);
    }

    /** "Expires in 9 days", or why the request is closed, in English (REST answers and logs). */
    String whatHappensNext(MatchRequest request) {
        return RequestNextStep.of(request, clock.instant()).english();
    }

    private long accountId(String username) {
        return accounts.findByUsername(username).map(Account::getId)
                .orElseThrow(() -> new NotPermittedException(Sentence.of("matching.refusal.noAccount")));
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("Someone");
    }
}
