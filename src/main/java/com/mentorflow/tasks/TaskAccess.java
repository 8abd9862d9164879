package com.mentorflow.tasks;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotFoundException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.Sentence;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The rule every domain service applies before completing a task: the task still exists and it is the
 * person's own (assigned to them, or offered to them or to one of their groups while unassigned).
 */
@Component
public class TaskAccess {

    private final TaskService taskService;
    private final IdentityService identityService;
    private final HistoryService historyService;

    TaskAccess(TaskService taskService, IdentityService identityService, HistoryService historyService) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.historyService = historyService;
    }

    /**
     * @throws NotFoundException     when there never was such a task (a mistyped id over REST)
     * @throws ConflictException     when the task was completed or cancelled in the meantime
     * @throws NotPermittedException when it belongs to someone else
     */
    public Task requireCompletableBy(String taskId, String username, String expectedFormKey) {
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            // The engine's history (level audit) remembers every task it ever made: gone from there means never was.
            if (historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() == 0) {
                throw new NotFoundException(Sentence.of("tasks.refusal.noSuchTask"));
            }
            throw new ConflictException(Sentence.of("tasks.refusal.noLongerOpen"));
        }
        if (!mayComplete(task, username)) {
            throw new NotPermittedException(Sentence.of("tasks.refusal.someoneElses"));
        }
        if (expectedFormKey != null && !expectedFormKey.equals(task.getFormKey())) {
            throw new NotPermittedException(Sentence.of("tasks.refusal.wrongForm"));
        }
        return task;
    }

    public Set<String> groupsOf(String username) {
        return identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
    }

    private boolean mayComplete(Task task, String username) {
        if (task.getAssignee() != null) {
            return task.getAssignee().equals(username);
        }
        Set<String> groups = groupsOf(username);
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> username.equals(link.getUserId()) || groups.contains(link.getGroupId()));
    }
}
