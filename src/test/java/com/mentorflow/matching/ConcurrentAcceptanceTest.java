package com.mentorflow.matching;

import static com.mentorflow.matching.FormParts.byId;
import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.matching.MatchRequest.Status;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.Roles;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskFormRegistry;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Three mentors accept requests of the same mentee at the same moment: one mentorship, the other requests withdrawn,
 * and the two who lost are told so (409 over engine REST, a conflict from the service, a message on the form).
 */
@MentorflowTest
class ConcurrentAcceptanceTest {

    static final String NOTE = "Hello! I am new here and would love your advice on finding my way.";

    @Autowired TestMentorships people;
    @Autowired AccountService accounts;
    @Autowired MatchRequests requests;
    @Autowired MatchRequestAnswers answers;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskFormRegistry forms;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void threeAcceptancesOverEngineRestGiveOneMentorshipAndTwoConflicts() throws Exception {
        Race race = race("rest");
        Account admin = TestPeople.create(accounts, "race-admin", Roles.ADMIN);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBasicAuth(admin.getUsername(), TestPeople.PASSWORD);
        HttpEntity<String> accept = new HttpEntity<>("{\"variables\":{\"accepted\":{\"value\":true,\"type\":\"Boolean\"}}}",
                headers);

        List<ResponseEntity<String>> answers = atOnce(race.tasks().stream().<Callable<ResponseEntity<String>>>map(task ->
                () -> http.postForEntity("/engine-rest/task/" + task + "/complete", accept, String.class)).toList());

        assertThat(answers).extracting(answer -> answer.getStatusCode().value())
                .containsExactlyInAnyOrder(204, 409, 409);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode().value() == 409)
                .allSatisfy(answer -> assertThat(answer.getBody()).contains("\"message\":\"This ").doesNotContain("Exception:"));
        assertDataIsRight(race);
    }

    @Test
    void threeAcceptancesThroughTheServiceGiveOneMentorshipAndTwoConflicts() throws Exception {
        Race race = race("service");

        List<String> outcomes = atOnce(List.<Callable<String>>of(
                () -> review(race, 0), () -> review(race, 1), () -> review(race, 2)));

        assertThat(outcomes).filteredOn("accepted"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.equals("accepted")).hasSize(2)
                .allSatisfy(message -> assertThat(message).startsWith("This "));
        assertDataIsRight(race);
    }

    @Test
    void theReviewFormsOfTheLosersShowWhyInsteadOfFailing() throws Exception {
        Race race = race("form");
        AtomicInteger completed = new AtomicInteger();
        List<Component> forms = List.of(reviewForm(race, 0, completed), reviewForm(race, 1, completed),
                reviewForm(race, 2, completed));

        atOnce(List.<Callable<Void>>of(() -> clickAccept(race, forms, 0), () -> clickAccept(race, forms, 1),
                () -> clickAccept(race, forms, 2)));

        assertThat(completed).hasValue(1);
        List<Paragraph> errors = forms.stream().map(form -> (Paragraph) byId(form, "task-form-error")).toList();
        assertThat(errors).filteredOn(Component::isVisible).hasSize(2)
                .allSatisfy(error -> assertThat(error.getText()).startsWith("This "));
        assertDataIsRight(race);
    }

    // ---- the race ----------------------------------------------------------------------------------------

    record Race(Account mentee, List<Account> mentors, List<Long> requestIds, List<String> tasks) {
    }

    private Race race(String prefix) {
        Account mentee = people.person(prefix + "-mentee", false, Program.OPEN);
        List<Account> mentors = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account mentor = people.person(prefix + "-mentor" + i, true, Program.OPEN);
            long id = requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, NOTE);
            mentors.add(mentor);
            ids.add(id);
            tasks.add(taskService.createTaskQuery().processDefinitionKey(MatchRequestProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(Long.toString(id)).singleResult().getId());
        }
        return new Race(mentee, mentors, ids, tasks);
    }

    private String review(Race race, int which) {
        try {
            answers.review(race.tasks().get(which), race.mentors().get(which).getUsername(), true, null, null);
            return "accepted";
        } catch (ConflictException e) {
            return e.getMessage();
        }
    }

    private void assertDataIsRight(Race race) {
        assertThat(jdbc.queryForList("select status from mentorflow.mentorship where mentee_account_id = ?", String.class,
                race.mentee().getId())).containsExactly("ACTIVE");
        List<MatchRequest> all = race.requestIds().stream().map(requests::get).toList();
        assertThat(all).extracting(MatchRequest::getStatus)
                .containsExactlyInAnyOrder(Status.ACCEPTED, Status.WITHDRAWN, Status.WITHDRAWN);
        assertThat(all).filteredOn(r -> r.getStatus() == Status.WITHDRAWN)
                .allSatisfy(r -> assertThat(r.getDecisionReason()).isEqualTo(MatchRequests.REASON_MATCHED_ELSEWHERE));
        long accepted = all.stream().filter(r -> r.getStatus() == Status.ACCEPTED).findFirst().orElseThrow().getId();
        assertThat(jdbc.queryForObject("select request_id from mentorflow.mentorship where mentee_account_id = ?", Long.class,
                race.mentee().getId())).isEqualTo(accepted);
        for (long id : race.requestIds()) {
            assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MatchRequestProcess.PROCESS_KEY)
                    .processInstanceBusinessKey(Long.toString(id)).count())
                    .as("request %s has no running process", id).isZero();
        }
    }

    private Component reviewForm(Race race, int which, AtomicInteger completed) {
        InboxTask task = new InboxTask(race.tasks().get(which), "Review match request", "", null, null,
                MatchRequestProcess.FORM_REVIEW, MatchRequestProcess.PROCESS_KEY, Long.toString(race.requestIds().get(which)));
        return forms.find(MatchRequestProcess.FORM_REVIEW).orElseThrow().create(task, completed::incrementAndGet);
    }

    /** The mentor's click on Accept, signed in as that mentor in this thread. */
    private Void clickAccept(Race race, List<Component> forms, int which) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(
                race.mentors().get(which).getUsername(), null, Roles.PARTICIPANT.authority()));
        try {
            Button accept = (Button) byId(forms.get(which), "review-accept");
            ComponentUtil.fireEvent(accept, new ClickEvent<>(accept));
            return null;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Runs the calls in threads released together by a latch; their results in the calls' order. */
    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
