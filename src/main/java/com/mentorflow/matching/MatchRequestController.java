package com.mentorflow.matching;

import com.mentorflow.people.Program;
import com.mentorflow.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Match requests", description = "Asking a mentor, and following one's requests")
class MatchRequestController {

    private final MatchRequests requests;

    MatchRequestController(MatchRequests requests) {
        this.requests = requests;
    }

    /** @param lengthMonths open mentoring: 3–12 (default 12); the new-hire program: 12 */
    record NewRequest(Long mentorAccountId, Program program, String note, Integer lengthMonths) {
    }

    record MyRequests(List<MatchRequests.RequestSummary> sent, List<MatchRequests.RequestSummary> received,
                      List<MatchRequests.MentorshipSummary> mentorships) {
    }

    @PostMapping("/api/requests")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Ask a mentor", description = "Note 20–1,000 characters; at most 3 open requests; one per mentor.")
    ResponseEntity<Void> send(@RequestBody NewRequest request) {
        long id = requests.send(CurrentUser.username(), request.mentorAccountId() == null ? -1 : request.mentorAccountId(),
                request.program(), request.note(), request.lengthMonths() == null ? MatchRequests.MAX_LENGTH : request.lengthMonths());
        return ResponseEntity.created(URI.create("/api/requests/" + id)).build();
    }

    @GetMapping("/api/requests")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "My requests and mentorships")
    MyRequests mine() {
        String me = CurrentUser.username();
        return new MyRequests(requests.sentBy(me), requests.receivedBy(me), requests.mentorshipsOf(me));
    }

    @DeleteMapping("/api/requests/{requestId}")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Withdraw my request")
    ResponseEntity<Void> withdraw(@PathVariable long requestId) {
        requests.withdraw(CurrentUser.username(), requestId);
        return ResponseEntity.noContent().build();
    }
}
