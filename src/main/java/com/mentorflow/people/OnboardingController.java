package com.mentorflow.people;

import com.mentorflow.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The onboarding form over REST; the same service and checks as the Vaadin form. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "People")
class OnboardingController {

    private final OnboardingService onboarding;

    OnboardingController(OnboardingService onboarding) {
        this.onboarding = onboarding;
    }

    /** Participants complete their own profile task; anyone else gets 403 from the service. */
    @PostMapping("/api/onboarding/tasks/{taskId}/complete")
    @PreAuthorize("hasRole('PARTICIPANT')")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody ProfileAnswers answers) {
        onboarding.completeProfile(taskId, CurrentUser.username(), answers);
        return ResponseEntity.noContent().build();
    }
}
