package com.mentorflow.matching;

import com.mentorflow.people.Program;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Everyone's open match requests, for program managers and admins. */
@RestController
@Tag(name = "Matching")
class RequestQueueController {

    private final OpenRequests openRequests;

    RequestQueueController(OpenRequests openRequests) {
        this.openRequests = openRequests;
    }

    @GetMapping("/api/requests/open")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER', 'ADMIN')")
    @Operation(summary = "Open match requests, oldest first",
            description = "Filters optional: program (NEW_HIRE, OPEN), status (PENDING: waiting for the mentor; "
                    + "PENDING_APPROVAL: waiting for a program manager). Paged: page from 0, size 1–200.")
    OpenRequests.ResultPage open(@RequestParam(required = false) Program program,
                                 @RequestParam(required = false) MatchRequest.Status status,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        return openRequests.page(new OpenRequests.Filter(program, status), page, size);
    }
}
