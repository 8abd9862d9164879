package com.mentorflow.matching;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotFoundException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One request as its mentor reads it before answering (the task form's content), or its mentee or a program manager
 * does. The match reasons are the mentor's: they hide the mentee's military background unless the mentee shows it.
 */
@Service
public class MatchRequestDetails {

    public record Details(long id, String mentee, String mentor, Program program, MatchRequest.Status status, String note,
                          int lengthMonths, Integer score, List<MatchReason> reasons, Instant sentAt, Instant expiresAt,
                          String next) {
    }

    private final MatchRequestRepository repository;
    private final MatchReasons reasons;
    private final MyMatchRequests mine;
    private final AccountService accounts;

    MatchRequestDetails(MatchRequestRepository repository, MatchReasons reasons, MyMatchRequests mine,
                        AccountService accounts) {
        this.repository = repository;
        this.reasons = reasons;
        this.mine = mine;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Details of(long requestId, String username) {
        MatchRequest request = repository.findById(requestId)
                .orElseThrow(() -> new NotFoundException(Sentence.of("matching.refusal.noMatchRequest", requestId)));
        long me = accounts.findByUsername(username).map(Account::getId).orElse(-1L);
        boolean mentor = request.getMentorAccountId() == me;
        boolean manager = CurrentUser.hasRole(Roles.PROGRAM_MANAGER) || CurrentUser.hasRole(Roles.ADMIN);
        if (!mentor && request.getMenteeAccountId() != me && !manager) {
            throw new NotPermittedException(Sentence.of("matching.refusal.onlyPartiesRead"));
        }
        return new Details(request.getId(), name(request.getMenteeAccountId()), name(request.getMentorAccountId()),
                request.getProgram(), request.getStatus(), request.getNote(), request.getLengthMonths(), request.getScore(),
                mentor ? reasons.forMentor(request) : List.of(), request.getCreatedAt(), request.getExpiresAt(),
                mine.whatHappensNext(request));
    }

    private String name(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElse("Someone");
    }
}
