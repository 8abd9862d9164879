package com.mentorflow.matching;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open match requests as program managers and admins follow them: filtered, oldest first, a page at a time. */
@Service
public class OpenRequests {

    public static final int MAX_PAGE_SIZE = 200;

    /** All optional; {@code status} must be an open one (waiting for the mentor or for a program manager). */
    public record Filter(Program program, MatchRequest.Status status) {
    }

    public record Row(long id, String mentee, String mentor, Program program, MatchRequest.Status status, Instant sentAt,
                      Instant expiresAt, String approvalReason) {
    }

    public record ResultPage(List<Row> items, int page, int size, long total) {
    }

    private final MatchRequestRepository requests;
    private final AccountService accounts;

    OpenRequests(MatchRequestRepository requests, AccountService accounts) {
        this.requests = requests;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public ResultPage page(Filter filter, int page, int size) {
        if (!CurrentUser.hasRole(Roles.PROGRAM_MANAGER) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw new NotPermittedException(Sentence.of("matching.refusal.onlyManagersSeeRequests"));
        }
        new RejectedInputException.Collector()
                .check(page >= 0, "page", Sentence.of("matching.refusal.pageNegative"))
                .check(size >= 1 && size <= MAX_PAGE_SIZE, "size", Sentence.of("matching.refusal.sizeRange", MAX_PAGE_SIZE))
                .check(filter.status() == null || filter.status().isOpen(), "status",
                        Sentence.of("matching.refusal.onlyOpenListed"))
                .check(filter.program() == null || filter.program().isOneToOne(), "program",
                        Sentence.of("matching.refusal.circlesNoRequests"))
                .throwIfAny();
        Set<MatchRequest.Status> statuses = filter.status() == null ? MatchRequest.Status.OPEN : Set.of(filter.status());
        Specification<MatchRequest> where = (root, query, cb) -> root.get("status").in(statuses);
        if (filter.program() != null) {
            where = where.and((root, query, cb) -> cb.equal(root.get("program"), filter.program()));
        }
        Page<MatchRequest> found = requests.findAll(where,
                PageRequest.of(page, size, Sort.by("createdAt").ascending().and(Sort.by("id"))));
        Map<Long, String> names = new HashMap<>();
        List<Row> rows = found.getContent().stream().map(r -> new Row(r.getId(), name(names, r.getMenteeAccountId()),
                name(names, r.getMentorAccountId()), r.getProgram(), r.getStatus(), r.getCreatedAt(), r.getExpiresAt(),
                r.getApprovalReason())).toList();
        return new ResultPage(rows, page, size, found.getTotalElements());
    }

    private String name(Map<Long, String> names, long accountId) {
        return names.computeIfAbsent(accountId, id -> accounts.findById(id).map(Account::getDisplayName).orElse("Someone"));
    }
}
