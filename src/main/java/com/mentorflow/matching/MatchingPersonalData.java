package com.mentorflow.matching;

import com.mentorflow.people.PersonalDataContributor;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Requests and mentorships in "Download my data"; on erasure open requests are withdrawn and mentorships end. */
@Component
class MatchingPersonalData implements PersonalDataContributor {

    static final String ERASED = "account erased";

    private final MatchRequestRepository requests;
    private final MentorshipRepository mentorships;
    private final MatchRequests matchRequests;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;

    MatchingPersonalData(MatchRequestRepository requests, MentorshipRepository mentorships, MatchRequests matchRequests,
                         JdbcTemplate jdbc, java.time.Clock clock) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.matchRequests = matchRequests;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "matching";
    }

    @Override
    public Object export(long accountId) {
        List<Map<String, Object>> sent = jdbc.queryForList("select id, program, note, status, decision_reason, created_at, "
                + "closed_at from mentorflow.match_request where mentee_account_id = ? order by id", accountId);
        List<Map<String, Object>> received = jdbc.queryForList("select id, program, note, status, decision_reason, "
                + "created_at, closed_at from mentorflow.match_request where mentor_account_id = ? order by id", accountId);
        List<Map<String, Object>> relationships = jdbc.queryForList("select id, program, status, started_at, ended_at, "
                + "end_reason, case when mentee_account_id = ? then 'mentee' else 'mentor' end as my_role "
                + "from mentorflow.mentorship where mentee_account_id = ? or mentor_account_id = ? order by id",
                accountId, accountId, accountId);
        return Map.of("requestsSent", sent, "requestsReceived", received, "mentorships", relationships);
    }

    @Override
    public void erase(long accountId) {
        for (MatchRequest request : requests.findAll((root, query, cb) -> cb.and(
                cb.or(cb.equal(root.get("menteeAccountId"), accountId), cb.equal(root.get("mentorAccountId"), accountId)),
                root.get("status").in(MatchRequest.Status.OPEN)))) {
            matchRequests.withdrawBecause(request, ERASED);
        }
        for (Mentorship mentorship : mentorships.involving(accountId)) {
            if (mentorship.getStatus() == Mentorship.Status.ACTIVE) {
                mentorship.end(Mentorship.Status.ENDED_EARLY, ERASED, clock.instant());
            }
        }
        jdbc.update("update mentorflow.match_request set note = '[erased]' where mentee_account_id = ?", accountId);
    }
}
