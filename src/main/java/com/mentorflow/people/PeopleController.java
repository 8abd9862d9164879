package com.mentorflow.people;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The People view's service for IT's scripts: search with paging, grant and revoke program manager and admin,
 * deactivate and reactivate (by directory entry or account), invite. Admins only; the same rules as the view.
 */
@RestController
@RequestMapping("/api/people")
@PreAuthorize("hasRole('ADMIN')")
class PeopleController {

    record Page(List<PeopleSearch.Person> items, int total, int page, int size) {
    }

    /** {@code granted=false} revokes. */
    record RoleChange(Roles role, Boolean granted) {
    }

    private final PeopleSearch search;
    private final PeopleAdmin admin;

    PeopleController(PeopleSearch search, PeopleAdmin admin) {
        this.search = search;
        this.admin = admin;
    }

    @GetMapping
    Page find(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
              @RequestParam(defaultValue = "50") int size) {
        new RejectedInputException.Collector()
                .check(page >= 0, "page", Sentence.of("people.refusal.pagesFromZero"))
                .check(size >= 1 && size <= PeopleSearch.MAX_PAGE, "size", Sentence.of("people.refusal.pageSize", PeopleSearch.MAX_PAGE))
                .check(q.length() <= PeopleSearch.MAX_QUERY, "q", Sentence.of("people.refusal.queryLength", PeopleSearch.MAX_QUERY))
                .throwIfAny();
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE) {
            throw new RejectedInputException("page", Sentence.of("people.refusal.notThatManyPages"));
        }
        return new Page(search.find(q, (int) offset, size), search.count(q), page, size);
    }

    @PostMapping("/accounts/{accountId}/roles")
    Map<String, Object> changeRole(@PathVariable long accountId, @RequestBody RoleChange change) {
        new RejectedInputException.Collector()
                .check(change != null && change.role() != null, "role", Sentence.of("people.refusal.sayWhichRole"))
                .check(change != null && change.granted() != null, "granted", Sentence.of("people.refusal.sayGranted"))
                .throwIfAny();
        boolean changed = change.granted() ? admin.grant(accountId, change.role()) : admin.revoke(accountId, change.role());
        return Map.of("changed", changed, "person", search.byAccount(accountId).orElseThrow());
    }

    @PostMapping("/accounts/{accountId}/deactivate")
    Map<String, Object> deactivateAccount(@PathVariable long accountId) {
        return Map.of("changed", admin.deactivateAccount(accountId), "person", search.byAccount(accountId).orElseThrow());
    }

    @PostMapping("/accounts/{accountId}/reactivate")
    Map<String, Object> reactivateAccount(@PathVariable long accountId) {
        return Map.of("changed", admin.reactivateAccount(accountId), "person", search.byAccount(accountId).orElseThrow());
    }

    /** For directory entries, also those without an account. */
    @PostMapping("/employees/{employeeId}/deactivate")
    Map<String, Object> deactivateEmployee(@PathVariable String employeeId) {
        return Map.of("changed", admin.deactivateEmployee(employeeId));
    }

    @PostMapping("/employees/{employeeId}/reactivate")
    Map<String, Object> reactivateEmployee(@PathVariable String employeeId) {
        return Map.of("changed", admin.reactivateEmployee(employeeId));
    }

    @PostMapping("/employees/{employeeId}/invitation")
    Map<String, Object> invite(@PathVariable String employeeId) {
        admin.invite(employeeId);
        return Map.of("invited", true);
    }
}
