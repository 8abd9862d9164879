package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Circles over REST: the same commands as the circle pages, through the same service. */
@RestController
@Tag(name = "Circles")
class CircleController {

    static final int MAX_PAGE_SIZE = 100;

    private final Circles circles;
    private final JoinRequests joinRequests;
    private final CircleMemberships memberships;
    private final CircleManagement management;
    private final CircleDirectory directory;

    CircleController(Circles circles, JoinRequests joinRequests, CircleMemberships memberships, CircleManagement management,
                     CircleDirectory directory) {
        this.circles = circles;
        this.joinRequests = joinRequests;
        this.memberships = memberships;
        this.management = management;
        this.directory = directory;
    }

    record CirclePage(int total, int offset, List<CircleDirectory.Summary> circles) {
    }

    record JoinRequest(Role role, String note) {
    }

    record Reason(String reason) {
    }

    @GetMapping("/api/circles")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Circles that take people", description = "All filters optional; paged, newest first.")
    CirclePage search(@RequestParam(required = false) String text, @RequestParam(required = false) Integer topic,
                      @RequestParam(required = false) Integer network, @RequestParam(required = false) String language,
                      @RequestParam(required = false) String timeZone, @RequestParam(defaultValue = "false") boolean openSeats,
                      @RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int offset,
                      @RequestParam(defaultValue = "25") int limit) {
        new RejectedInputException.Collector()
                .check(offset >= 0, "offset", Sentence.of("circles.refusal.offsetNegative"))
                .check(limit >= 1 && limit <= MAX_PAGE_SIZE, "limit", Sentence.of("circles.refusal.limitRange", MAX_PAGE_SIZE))
                .throwIfAny();
        CircleDirectory.Filter filter = new CircleDirectory.Filter(text, topic, network, language, timeZone, openSeats, role);
        return new CirclePage(directory.count(filter), offset, directory.search(filter, offset, limit));
    }

    @GetMapping("/api/circles/mine")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "My circles, with each one's next meeting")
    List<CircleDirectory.MyCircle> mine() {
        return directory.of(CurrentUser.username());
    }

    @PostMapping("/api/circles")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Propose a circle", description = "The proposer becomes its manager and first member.")
    ResponseEntity<Void> propose(@RequestBody CircleProposal proposal) {
        long id = circles.propose(CurrentUser.username(), proposal);
        return ResponseEntity.created(URI.create("/api/circles/" + id)).build();
    }

    @PostMapping("/api/circles/{circleId}/join-requests")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Ask to join", description = "Regular employees only; the circle manager decides in a task.")
    ResponseEntity<Void> join(@PathVariable long circleId, @RequestBody JoinRequest request) {
        joinRequests.requestToJoin(CurrentUser.username(), circleId, request.role(), request.note());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/circles/{circleId}/leave")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Leave a circle")
    ResponseEntity<Void> leave(@PathVariable long circleId) {
        memberships.leave(CurrentUser.username(), circleId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/circles/{circleId}/cancel")
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'PROGRAM_MANAGER')")
    @Operation(summary = "Cancel a circle", description = "The circle manager or a program manager; reason 5–1,000 characters.")
    ResponseEntity<Void> cancel(@PathVariable long circleId, @RequestBody Reason reason) {
        management.cancel(CurrentUser.username(), circleId, reason.reason());
        return ResponseEntity.noContent().build();
    }
}
