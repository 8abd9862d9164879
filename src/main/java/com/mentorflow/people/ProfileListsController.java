package com.mentorflow.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The managed lists a profile chooses from, for any signed-in person (an HR system filling profiles, a form). */
@RestController
@Tag(name = "People")
class ProfileListsController {

    record Topic(int id, String name) {
    }

    record ProgramChoice(String code, String label, boolean oneToOne) {
    }

    private final Topics topics;

    ProfileListsController(Topics topics) {
        this.topics = topics;
    }

    @GetMapping("/api/topics")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Topics people grow in or help with", description = "The ids a profile's goals and strengths use.")
    List<Topic> topics() {
        return topics.all().entrySet().stream().map(e -> new Topic(e.getKey(), e.getValue())).toList();
    }

    @GetMapping("/api/programs")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The mentoring programs a person can join", description = "oneToOne: matched with one mentor "
            + "(match requests); otherwise circles.")
    List<ProgramChoice> programs() {
        return Arrays.stream(Program.values()).map(p -> new ProgramChoice(p.name(), p.label(), p.isOneToOne())).toList();
    }
}
