package com.mentorflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotFoundException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Roles;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inbox shows a person's own and their groups' tasks, due first, page by page. */
@MentorflowTest
class InboxServiceTest {

    @Autowired InboxService inbox;
    @Autowired TaskAccess access;
    @Autowired TaskService taskService;
    @Autowired AccountService accounts;

    @Test
    void listsAssignedAndGroupTasksSortedByDueAndPages() {
        Account manager = TestPeople.create(accounts, "inboxpm", Roles.PROGRAM_MANAGER);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        standaloneTask("Later", manager.getUsername(), null, now.plus(3, ChronoUnit.DAYS));
        standaloneTask("Sooner", manager.getUsername(), null, now.plus(1, ChronoUnit.DAYS));
        standaloneTask("For the team", null, Roles.PROGRAM_MANAGER.camundaGroup(), now.plus(2, ChronoUnit.DAYS));
        standaloneTask("Not theirs", "somebody-else", null, now);

        long total = inbox.count(manager.getUsername());
        List<InboxTask> firstTwo = inbox.page(manager.getUsername(), 0, 2);
        List<InboxTask> all = inbox.page(manager.getUsername(), 0, 50);

        assertThat(all).extracting(InboxTask::name).containsSubsequence("Sooner", "For the team", "Later")
                .doesNotContain("Not theirs");
        assertThat(total).isEqualTo(all.size());
        assertThat(firstTwo).hasSize(2).isEqualTo(all.subList(0, 2));
    }

    @Test
    void onlyGroupMembersMayCompleteAGroupTask() {
        Account manager = TestPeople.create(accounts, "grouppm", Roles.PROGRAM_MANAGER);
        Account participant = TestPeople.participant(accounts, "notpm");
        Task task = standaloneTask("Approve", null, Roles.PROGRAM_MANAGER.camundaGroup(), Instant.now());

        assertThat(access.requireCompletableBy(task.getId(), manager.getUsername(), null).getId()).isEqualTo(task.getId());
        Assertions.assertThatThrownBy(() -> access.requireCompletableBy(task.getId(), participant.getUsername(), null))
                .isInstanceOf(NotPermittedException.class);
        Assertions.assertThatThrownBy(() -> access.requireCompletableBy("no-such-task", manager.getUsername(), null))
                .isInstanceOf(NotFoundException.class);
        taskService.complete(task.getId());
        Assertions.assertThatThrownBy(() -> access.requireCompletableBy(task.getId(), manager.getUsername(), null))
                .as("a task that was open once and is done now").isInstanceOf(ConflictException.class);
    }

    @Test
    void aNewParticipantSeesTheirProfileTaskWithItsSubject() {
        Account newcomer = TestPeople.participant(accounts, "newcomer");

        List<InboxTask> tasks = inbox.page(newcomer.getUsername(), 0, 10);

        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.name()).isEqualTo("Complete your mentoring profile");
            assertThat(task.subject()).isEqualTo("Your mentoring profile");
            assertThat(task.formKey()).isEqualTo("app:complete-profile");
            assertThat(task.businessKey()).isEqualTo(newcomer.getId().toString());
        });
        assertThat(inbox.find(newcomer.getUsername(), tasks.get(0).id())).isPresent();
        assertThat(inbox.find("somebody-else", tasks.get(0).id())).isEmpty();
    }

    private Task standaloneTask(String name, String assignee, String candidateGroup, Instant due) {
        Task task = taskService.newTask();
        task.setName(name);
        task.setAssignee(assignee);
        task.setDueDate(Date.from(due));
        taskService.saveTask(task);
        if (candidateGroup != null) {
            taskService.addCandidateGroup(task.getId(), candidateGroup);
        }
        return task;
    }
}
