package com.mentorflow.tasks;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's inbox over REST. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Tasks")
class TaskController {

    static final int MAX_PAGE_SIZE = 200;

    private final InboxService inbox;

    TaskController(InboxService inbox) {
        this.inbox = inbox;
    }

    record TaskPage(long total, int offset, List<InboxTask> tasks) {
    }

    @GetMapping("/api/tasks")
    @PreAuthorize("isAuthenticated()")
    TaskPage myTasks(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        new RejectedInputException.Collector()
                .check(offset >= 0, "offset", Sentence.of("tasks.refusal.offsetNegative"))
                .check(limit >= 1 && limit <= MAX_PAGE_SIZE, "limit", Sentence.of("tasks.refusal.limitRange", MAX_PAGE_SIZE))
                .throwIfAny();
        String username = CurrentUser.username();
        return new TaskPage(inbox.count(username), offset, inbox.page(username, offset, limit));
    }
}
