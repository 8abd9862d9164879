package com.mentorflow.matching;

import static com.mentorflow.matching.MatchRequestProcess.*;

import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.NotFoundException;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import com.mentorflow.tasks.TaskAccess;
import com.mentorflow.tasks.TaskCompletion;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The answers to a request's user tasks: the mentor's (task form or REST) and the program manager's approval. */
@Service
public class MatchRequestAnswers {

    static final Sentence CHANGED_MEANWHILE_SENTENCE = Sentence.of("matching.refusal.changedMeanwhile");
    static final String CHANGED_MEANWHILE = CHANGED_MEANWHILE_SENTENCE.english();

    private final TaskAccess taskAccess;
    private final TaskService taskService;
    private final TaskCompletion completion;
    private final MatchRequestRecords records;
    private final AccountService accounts;

    MatchRequestAnswers(TaskAccess taskAccess, TaskService taskService, TaskCompletion completion,
                        MatchRequestRecords records, AccountService accounts) {
        this.taskAccess = taskAccess;
        this.taskService = taskService;
        this.completion = completion;
        this.records = records;
        this.accounts = accounts;
    }

    /** The mentor's answer, from the "Review match request" task. */
    @Transactional
    public void review(String taskId, String mentorUsername, boolean accept, DeclineReason reason, String text) {
        Task task = taskAccess.requireCompletableBy(taskId, mentorUsername, FORM_REVIEW);
        String detail = text == null ? "" : text.strip();
        new RejectedInputException.Collector()
                .check(accept || reason != null, "reason", Sentence.of("matching.refusal.chooseReason"))
                .check(accept || reason != DeclineReason.OTHER || !detail.isEmpty(), "reasonText",
                        Sentence.of("matching.refusal.sayAFewWords", Sentence.of("matching.declineReason." + DeclineReason.OTHER.name())))
                .check(detail.length() <= MatchRequests.MAX_NOTE, "reasonText",
                        Sentence.of("matching.refusal.keepItTo", MatchRequests.MAX_NOTE))
                .throwIfAny();
        if (accept) {
            // Waits for an acceptance of the same mentee that runs now, and refuses if it closed this request: the
            // lost race is then told before the engine runs, not as a failed engine command.
            long requestId = MatchRequestVariables.REQUEST_ID.from(taskService, task.getId());
            records.lockPairOf(requestId);
            records.open(requestId);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_ACCEPTED, accept);
        variables.put(VAR_REASON, accept ? null : reason.label());
        variables.put(VAR_REASON_TEXT, accept || detail.isEmpty() ? null : detail);
        completion.complete(task.getId(), variables, CHANGED_MEANWHILE_SENTENCE);
    }

    /**
     * The mentor's answer to a request by its id (the REST API): finds the request's open review task and answers
     * it through {@link #review}, the path the task form takes, with the same checks.
     *
     * @throws NotFoundException     no such request
     * @throws NotPermittedException the request is addressed to someone else
     * @throws ConflictException     the request is decided, withdrawn or expired, or still waits for a program manager
     */
    @Transactional
    public void answer(long requestId, String mentorUsername, boolean accept, DeclineReason reason, String text) {
        MatchRequest request = records.find(requestId)
                .orElseThrow(() -> new NotFoundException(Sentence.of("matching.refusal.noMatchRequest", requestId)));
        Task review = taskService.createTaskQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(requestId)).taskDefinitionKey(TASK_REVIEW).singleResult();
        if (review == null) {
            long mentor = accounts.findByUsername(mentorUsername).map(Account::getId)
                    .orElseThrow(() -> new NotPermittedException(Sentence.of("matching.refusal.noAccount")));
            if (request.getMentorAccountId() != mentor) {
                throw new NotPermittedException(Sentence.of("matching.refusal.addressedToSomeoneElse"));
            }
            throw new ConflictException(request.getStatus() == Status.PENDING_APPROVAL
                    ? Sentence.of("matching.refusal.managerDecidesFirst")
                    : Sentence.of("matching.refusal.requestClosed", request.statusWord()));
        }
        review(review.getId(), mentorUsername, accept, reason, text);
    }

    /** A program manager's decision, from the "Approve match request" task. */
    @Transactional
    public void decideApproval(String taskId, String managerUsername, boolean approved, String reason) {
        Task task = taskAccess.requireCompletableBy(taskId, managerUsername, FORM_APPROVE);
        String why = reason == null ? "" : reason.strip();
        new RejectedInputException.Collector()
                .check(approved || why.length() >= 5, "reason", Sentence.of("matching.refusal.giveMenteeReason"))
                .check(why.length() <= MatchRequests.MAX_NOTE, "reason",
                        Sentence.of("matching.refusal.keepReasonTo", MatchRequests.MAX_NOTE))
                .throwIfAny();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_APPROVED, approved);
        variables.put(VAR_REASON, approved ? null : why);
        completion.complete(task.getId(), variables, CHANGED_MEANWHILE_SENTENCE);
    }
}
