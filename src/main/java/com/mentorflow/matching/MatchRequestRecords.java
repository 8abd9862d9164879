package com.mentorflow.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reading and saving requests for the commands and the steps: a saved change gets its timeline row, and the locks that
 * keep two acceptances of one mentor's last place (or one mentee's two mentors) apart.
 */
@Component
class MatchRequestRecords {

    private final MatchRequestRepository requests;
    private final MatchRequestTimeline timeline;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MatchRequestRecords(MatchRequestRepository requests, MatchRequestTimeline timeline, JdbcTemplate jdbc, Clock clock) {
        this.requests = requests;
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<MatchRequest> find(long requestId) {
        return requests.findById(requestId);
    }

    MatchRequest save(MatchRequest request) {
        return requests.saveAndFlush(request);
    }

    List<MatchRequest> openOf(long menteeAccountId) {
        return requests.findOpen(menteeAccountId);
    }

    boolean openBetween(long menteeAccountId, long mentorAccountId) {
        return requests.existsOpen(menteeAccountId, mentorAccountId);
    }

    long openCount(long menteeAccountId) {
        return requests.countOpen(menteeAccountId);
    }

    Instant now() {
        return clock.instant();
    }

    /** A request a step works on: refused (with the sentence people see) when it is closed already. */
    MatchRequest open(long requestId) {
        return requests.findById(requestId).orElseThrow().requireOpen();
    }

    /** Saves a change of the request and says on its timeline what happened. */
    void save(MatchRequest request, String detail) {
        requests.saveAndFlush(request);
        timeline.record(request, detail);
    }

    void note(MatchRequest request, String detail) {
        timeline.record(request, detail);
    }

    /** Locks the mentee and mentor of a request; read the request after this, not before. */
    void lockPairOf(long requestId) {
        MatchRequestRepository.Pair pair = requests.findPairById(requestId).orElseThrow();
        lockPeople(pair.menteeAccountId(), pair.mentorAccountId());
    }

    /** Transaction-scoped advisory locks, always in the same order so two transactions never deadlock. */
    void lockPeople(long menteeAccountId, long mentorAccountId) {
        long a = Math.min(menteeAccountId, mentorAccountId);
        long b = Math.max(menteeAccountId, mentorAccountId);
        jdbc.query("select pg_advisory_xact_lock(?), pg_advisory_xact_lock(?)", row -> { }, a, b);
    }
}
