package com.mentorflow.matching.cohort;

import com.mentorflow.matching.CohortSources;
import com.mentorflow.matching.MatchReason;
import com.mentorflow.matching.MatchRequest;
import com.mentorflow.people.AccountService;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A run as its review page shows it: names from the directory, a published request's state as the mentor answered. */
@Component
class CohortRunViews {

    private final CohortRunRecords records;
    private final AccountService accounts;
    private final CohortSources sources;

    CohortRunViews(CohortRunRecords records, AccountService accounts, CohortSources sources) {
        this.records = records;
        this.accounts = accounts;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    CohortRunView of(long runId) {
        CohortRun run = records.run(runId);
        List<CohortRunPair> pairs = records.pairs(runId).stream().filter(pair -> !pair.removed()).toList();
        List<CohortRunUnmatched> unmatched = records.unmatched(runId);
        Set<Long> people = new HashSet<>();
        pairs.forEach(pair -> {
            people.add(pair.menteeAccountId());
            people.add(pair.mentorAccountId());
        });
        unmatched.forEach(mentee -> people.add(mentee.menteeAccountId()));
        Map<Long, String> names = accounts.displayNames(people);
        Map<Long, MatchRequest.Status> answers = sources.statusOf(pairs.stream().map(CohortRunPair::matchRequestId)
                .filter(Objects::nonNull).toList());
        List<CohortRunView.ReviewPair> reviewPairs = pairs.stream().map(pair -> new CohortRunView.ReviewPair(
                pair.menteeAccountId(), names.get(pair.menteeAccountId()), pair.mentorAccountId(),
                names.get(pair.mentorAccountId()), pair.score(), MatchReason.read(pair.reasons()), pair.locked(),
                state(pair, answers))).toList();
        List<CohortRunView.UnmatchedMentee> left = unmatched.stream().map(mentee -> new CohortRunView.UnmatchedMentee(
                mentee.menteeAccountId(), names.get(mentee.menteeAccountId()), mentee.reason())).toList();
        return new CohortRunView(run.id(), run.choice(), run.status(), run.computedBy(), run.computedAt(),
                run.menteeCount(), run.mentorCount(), run.totalScore(), run.upperBound(), run.secondApproval(),
                run.approver(), reviewPairs, left);
    }

    /** A requested pair is confirmed once the mentor accepted, declined once the request closed any other way. */
    static CohortPairState state(CohortRunPair pair, Map<Long, MatchRequest.Status> answers) {
        MatchRequest.Status answer = pair.matchRequestId() == null ? null : answers.get(pair.matchRequestId());
        if (pair.state() != CohortPairState.REQUESTED || answer == null || answer.isOpen()) {
            return pair.state();
        }
        return answer == MatchRequest.Status.ACCEPTED ? CohortPairState.CONFIRMED : CohortPairState.DECLINED;
    }
}
