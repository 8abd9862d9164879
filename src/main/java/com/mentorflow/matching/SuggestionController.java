package com.mentorflow.matching;

import com.mentorflow.people.Program;
import com.mentorflow.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Matching")
class SuggestionController {

    private final MentorSuggestions suggestions;

    SuggestionController(MentorSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GetMapping("/api/suggestions")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Top mentors for me in a program",
            description = "Hard filters first (active, accepting, capacity left, program rules), then a weighted score "
                    + "0–100 with the strongest reasons. Bookmarked mentors who can be asked come first. "
                    + "The same ranking as the Find a mentor view. Reasons speak of a mentor's military background "
                    + "only when the mentor chose to show it (or you are matched); the score counts it either way.")
    List<Suggestion> mine(@Parameter(description = "NEW_HIRE or OPEN") @RequestParam Program program,
                          @RequestParam(defaultValue = "10") int limit) {
        return suggestions.forMentee(CurrentUser.username(), program, limit);
    }

    @PutMapping("/api/bookmarks/{mentorAccountId}")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Bookmark a mentor")
    ResponseEntity<Void> bookmark(@PathVariable long mentorAccountId) {
        suggestions.bookmark(CurrentUser.username(), mentorAccountId, true);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/bookmarks/{mentorAccountId}")
    @PreAuthorize("hasRole('PARTICIPANT')")
    @Operation(summary = "Remove a bookmark")
    ResponseEntity<Void> unbookmark(@PathVariable long mentorAccountId) {
        suggestions.bookmark(CurrentUser.username(), mentorAccountId, false);
        return ResponseEntity.noContent().build();
    }
}
