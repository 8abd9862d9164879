package com.mentorflow.matching;

import com.mentorflow.people.AccountService;
import com.mentorflow.people.PersonalDataContributor;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Requests and mentorships in "Download my data"; on erasure open requests are withdrawn and mentorships end. The
 * export reads match_request and mentorship (each on its own); every change goes through the entities and
 * {@link MatchRequestTimeline}.
 */
@Component
class MatchingPersonalData implements PersonalDataContributor {

    static final String ERASED = "account erased";

    private final MatchRequestRepository requests;
    private final MentorshipRepository mentorships;
    private final MatchRequestEngine matchRequests;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;
    private final AccountService accounts;
    private final MatchRequestTimeline timeline;

    MatchingPersonalData(MatchRequestRepository requests, MentorshipRepository mentorships, MatchRequestEngine matchRequests,
                         JdbcTemplate jdbc, java.time.Clock clock, AccountService accounts, MatchRequestTimeline timeline) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.matchRequests = matchRequests;
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.timeline = timeline;
    }

    @Override
    public String section() {
        return "matching";
    }

    @Override
    public Object export(long accountId) {
        List<Map<String, Object>> sent = requests("mentee_account_id", "mentor_account_id", accountId);
        List<Map<String, Object>> received = requests("mentor_account_id", "mentee_account_id", accountId);
        List<Map<String, Object>> relationships = jdbc.queryForList("select m.id, m.program, m.status, m.length_months, "
                + "m.started_at, m.ended_at, m.end_reason, case when m.mentee_account_id = ? then 'mentee' else 'mentor' end "
                + "as my_role, case when m.mentee_account_id = ? then m.mentor_account_id else m.mentee_account_id end "
                + "as partner from mentorflow.mentorship m where m.mentee_account_id = ? or m.mentor_account_id = ? order by m.id",
                accountId, accountId, accountId, accountId);
        withPartnerNames(relationships);
        return Map.of("requestsSent", sent, "requestsReceived", received, "mentorships", relationships);
    }

    /** The person's requests on one side, each with its timeline; the match reasons stay out (they speak of the other). */
    private List<Map<String, Object>> requests(String mySide, String otherSide, long accountId) {
        List<Map<String, Object>> rows = jdbc.queryForList("select r.id, r.program, r." + otherSide + " as partner, r.note, "
                + "r.status, r.length_months, r.score, r.approval_reason, r.decision_reason, r.decision_text, r.created_at, "
                + "r.expires_at, r.closed_at from mentorflow.match_request r"
                + " where r." + mySide + " = ? order by r.id", accountId);
        withPartnerNames(rows);
        List<Map<String, Object>> withTimeline = new java.util.ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> request = new java.util.LinkedHashMap<>(row);
            request.put("timeline", timeline.of(((Number) row.get("id")).longValue()));
            withTimeline.add(request);
        }
        return withTimeline;
    }

    /** The partner's account id becomes their name, which people's {@link AccountService} knows. */
    private void withPartnerNames(List<Map<String, Object>> rows) {
        Map<Long, String> names = accounts.displayNames(rows.stream().map(row -> ((Number) row.get("partner")).longValue()).toList());
        rows.forEach(row -> row.put("partner", names.get(((Number) row.get("partner")).longValue())));
    }

    @Override
    public void erase(long accountId) {
        for (MatchRequest request : requests.findAll((root, query, cb) -> cb.and(
                cb.or(cb.equal(root.get("menteeAccountId"), accountId), cb.equal(root.get("mentorAccountId"), accountId)),
                root.get("status").in(MatchRequest.Status.OPEN)))) {
            matchRequests.withdraw(request, ERASED);
        }
        for (Mentorship mentorship : mentorships.involving(accountId)) {
            if (mentorship.getStatus() == Mentorship.Status.ACTIVE) {
                mentorship.end(Mentorship.Status.ENDED_EARLY, ERASED, clock.instant());
            }
        }
        requests.eraseNotesOf(accountId);
    }
}
