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
@Tag(name = "Matching")
class MatchRequestController {

    private final MatchRequests requests;
    private final MatchRequestAnswers answers;
    private final MyMatchRequests mine;
    private final MatchRequestDetails details;

    MatchRequestController(MatchRequests requests, MatchRequestAnswers answers, MyMatchRequests mine,
                           MatchRequestDetails details) {
        this.requests = requests;
        this.answers = answers;
        this.mine = mine;
        this.details = details;
    }

    /** @param lengthMonths open mentoring: 3–12 (default 12); the new-hire program: 12 */
    record NewRequest(Long mentorAccountId, Program program, String note, Integer lengthMonths) {
    }

    record MyRequests(List<MyMatchRequests.RequestSummary> sent, List<MyMatchRequests.RequestSummary> received,
                      List<MyMatchRequests.MentorshipSummary> mentorships) {
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
        return new MyRequests(mine.sentBy(me), mine.receivedBy(me), mine.mentorshipsOf(me));
    }

    /** What a mentor's answer came to: an acceptance may still end declined when the mentor has no room left. */
    record Outcome(long id, MatchRequest.Status status, String next) {
    }

    record Decline(DeclineReason reason, String text) {
    }

    @GetMapping("/api/requests/{requestId}")
    @PreAuthorize("hasAnyRole('PARTICIPANT', 'PROGRAM_MANAGER', 'ADMIN')")
    @Operation(summary = "One request, as the mentor reads it before answering",
            description = "For its mentee, its mentor (who also gets the match reasons) and program managers; 403 for "
                    + "anyone else, 404 when there is no such request.")
    MatchRequestDetails.Details one(@PathVariable long requestId) {
        return details.of(requestId, CurrentUser.username());
    }

    @PostMapping("/api/requests/{requestId}/accept")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Accept a request addressed to me (as the mentor)",
            description = "403 when it is addressed to someone else, 404 when there is no such request, 409 when it was "
                    + "answered, withdrawn or expired already or still waits for a program manager.")
    Outcome accept(@PathVariable long requestId) {
        answers.answer(requestId, CurrentUser.username(), true, null, null);
        return outcome(requestId);
    }

    @PostMapping("/api/requests/{requestId}/decline")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Decline a request addressed to me (as the mentor)",
            description = "reason: one of GET /api/decline-reasons; text (up to 1,000 characters) is needed for OTHER. "
                    + "Same 403, 404 and 409 as accepting.")
    Outcome decline(@PathVariable long requestId, @RequestBody Decline decline) {
        answers.answer(requestId, CurrentUser.username(), false, decline.reason(), decline.text());
        return outcome(requestId);
    }

    @GetMapping("/api/decline-reasons")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The reasons a mentor can give for declining, as the mentee reads them")
    List<Choice> declineReasons() {
        return java.util.Arrays.stream(DeclineReason.values()).map(r -> new Choice(r.name(), r.label())).toList();
    }

    record Choice(String code, String label) {
    }

    private Outcome outcome(long requestId) {
        MatchRequest request = requests.get(requestId);
        return new Outcome(requestId, request.getStatus(), mine.whatHappensNext(request));
    }

    @DeleteMapping("/api/requests/{requestId}")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Withdraw my request")
    ResponseEntity<Void> withdraw(@PathVariable long requestId) {
        requests.withdraw(CurrentUser.username(), requestId);
        return ResponseEntity.noContent().build();
    }
}
