package com.mentorflow.matching;

import static com.mentorflow.matching.FormParts.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.ConflictException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** A program manager's approval form on its own: services stubbed, no Spring, no engine. */
class ApproveMatchRequestFormTest {

    static final long REQUEST = 43;
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    final MatchRequests requests = mock(MatchRequests.class);
    final MatchRequestAnswers answers = mock(MatchRequestAnswers.class);
    final AccountService accounts = mock(AccountService.class);
    final AtomicInteger done = new AtomicInteger();
    Component form;

    @BeforeEach
    void openTheForm() {
        MatchRequest request = new MatchRequest(1, 2, Program.NEW_HIRE, "I would love your advice on my first year.", 12,
                80, "", NOW);
        request.needsApproval("same site in the new-hire program", NOW);
        when(requests.get(REQUEST)).thenReturn(request);
        Account mentee = account("Ana Mentee");
        Account mentor = account("Bo Mentor");
        when(accounts.findById(1L)).thenReturn(Optional.of(mentee));
        when(accounts.findById(2L)).thenReturn(Optional.of(mentor));
        FormParts.signIn("pm-priya");
        form = new ApproveMatchRequestForm(requests, answers, accounts)
                .create(FormParts.task(MatchRequestProcess.FORM_APPROVE, REQUEST), done::incrementAndGet);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void saysWhoAsksWhomAndWhyItNeedsApproval() {
        assertThat(form.getElement().getTextRecursively()).contains(
                "Ana Mentee asks Bo Mentor to be their mentor in the New-hire year-one program",
                "It needs your approval because same site in the new-hire program.",
                "I would love your advice on my first year.");
    }

    @Test
    void approveCompletesTheTaskFromTheInboxAsTheSignedInManager() {
        ((Button) byId(form, "approval-approve")).click();

        verify(answers).decideApproval("task-7", "pm-priya", true, null);
        assertThat(done).hasValue(1);
        assertThat(((Button) byId(form, "approval-reject")).isEnabled()).as("no second answer").isFalse();
    }

    @Test
    void rejectPassesTheReasonTheMenteeReads() {
        ((TextArea) byId(form, "approval-reason")).setValue("Please pick a mentor from another site.");

        ((Button) byId(form, "approval-reject")).click();

        verify(answers).decideApproval("task-7", "pm-priya", false, "Please pick a mentor from another site.");
        assertThat(done).hasValue(1);
    }

    @Test
    void aRequestThatChangedMeanwhileIsSaidSoAndNothingCompletes() {
        doThrow(new ConflictException(MatchRequestAnswers.CHANGED_MEANWHILE))
                .when(answers).decideApproval("task-7", "pm-priya", true, null);

        ((Button) byId(form, "approval-approve")).click();

        Paragraph error = byId(form, "task-form-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(MatchRequestAnswers.CHANGED_MEANWHILE);
        assertThat(done).hasValue(0);
        assertThat(((Button) byId(form, "approval-approve")).isEnabled()).isTrue();
    }

    private static Account account(String name) {
        Account account = mock(Account.class);
        when(account.getDisplayName()).thenReturn(name);
        return account;
    }
}
