package com.mentorflow.matching;

import com.mentorflow.people.AccountService;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.people.TimeZones;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.TaskFormFactory;
import com.mentorflow.tasks.TaskForms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two task forms of match-request.bpmn: the mentor's review and the program manager's approval. */
@Configuration(proxyBeanMethods = false)
class MatchRequestForms {

    @Bean
    TaskFormFactory reviewMatchRequestForm(MatchRequests requests, MatchRequestAnswers answers, MatchReasons matchReasons,
                                           ParticipantDirectory directory, AccountService accounts,
                                           Topics topics, TimeZones zones) {
        return TaskForms.factory(MatchRequestProcess.FORM_REVIEW, (task, done) -> {
            MatchRequest request = requests.get(Long.parseLong(task.businessKey()));
            ParticipantFacts mentee = directory.find(request.getMenteeAccountId()).orElseThrow();
            VerticalLayout form = new VerticalLayout();
            form.setPadding(false);
            form.add(new H3(mentee.displayName()));
            String about = String.join(" · ", java.util.stream.Stream.of(mentee.role(), mentee.site())
                    .filter(part -> part != null && !part.isBlank()).toList());
            if (!about.isEmpty()) {
                form.add(new Paragraph(about));
            }
            if (!mentee.goalTopics().isEmpty()) {
                form.add(new Paragraph("Wants to grow in: " + mentee.goalTopics().stream().sorted().map(topics::name)
                        .collect(Collectors.joining(", "))));
            }
            form.add(new Paragraph("Why you were suggested (" + request.getScore() + "% match):"));
            UnorderedList reasons = new UnorderedList();
            matchReasons.forMentor(request).forEach(reason -> reasons.add(new ListItem(reason)));
            form.add(reasons, new Paragraph("Their note:"), quote(request.getNote()));
            form.add(new Paragraph("The mentorship would run " + request.getLengthMonths() + " months ("
                    + request.getProgram().label() + ")."));
            Paragraph error = TaskForms.errorText();
            Button accept = new Button("Accept", click -> {
                // Disabled on click against double clicks; a refusal enables it again.
                if (!TaskForms.attempt(error, () -> {
                    answers.review(task.id(), CurrentUser.username(), true, null, null);
                    done.run();
                })) {
                    click.getSource().setEnabled(true);
                }
            });
            accept.setId("review-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            accept.setDisableOnClick(true);
            Select<DeclineReason> reason = new Select<>();
            reason.setId("review-decline-reason");
            reason.setLabel("Reason for declining");
            reason.setItems(DeclineReason.values());
            reason.setItemLabelGenerator(DeclineReason::label);
            TextArea text = new TextArea("A word for the mentee (optional)");
            text.setMaxLength(MatchRequests.MAX_NOTE);
            Button decline = new Button("Decline", click -> TaskForms.attempt(error, () -> {
                answers.review(task.id(), CurrentUser.username(), false, reason.getValue(), text.getValue());
                done.run();
            }));
            decline.setId("review-decline");
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            form.add(error, accept, new HorizontalLayout(reason, text), decline);
            if (request.getExpiresAt() != null) {
                form.add(new Paragraph("Expires " + zones.forReader(request.getMentorAccountId()).dateTime(request.getExpiresAt())
                        + " if you do not answer."));
            }
            return form;
        });
    }

    @Bean
    TaskFormFactory approveMatchRequestForm(MatchRequests requests, MatchRequestAnswers answers, AccountService accounts) {
        return TaskForms.factory(MatchRequestProcess.FORM_APPROVE, (task, done) -> {
            MatchRequest request = requests.get(Long.parseLong(task.businessKey()));
            String mentee = accounts.findById(request.getMenteeAccountId()).orElseThrow().getDisplayName();
            String mentor = accounts.findById(request.getMentorAccountId()).orElseThrow().getDisplayName();
            VerticalLayout form = new VerticalLayout();
            form.setPadding(false);
            form.add(new Paragraph(mentee + " asks " + mentor + " to be their mentor in the " + request.getProgram().label() + "."),
                    new Paragraph("It needs your approval because " + request.getApprovalReason() + "."),
                    new Paragraph("Their note:"), quote(request.getNote()));
            Paragraph error = TaskForms.errorText();
            Button approve = new Button("Approve", click -> {
                // Disabled on click against double clicks; a refusal enables it again.
                if (!TaskForms.attempt(error, () -> {
                    answers.decideApproval(task.id(), CurrentUser.username(), true, null);
                    done.run();
                })) {
                    click.getSource().setEnabled(true);
                }
            });
            approve.setId("approval-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setDisableOnClick(true);
            TextArea reason = new TextArea("Reason for rejecting (the mentee reads it)");
            reason.setId("approval-reason");
            reason.setMaxLength(MatchRequests.MAX_NOTE);
            Button reject = new Button("Reject", click -> TaskForms.attempt(error, () -> {
                answers.decideApproval(task.id(), CurrentUser.username(), false, reason.getValue());
                done.run();
            }));
            reject.setId("approval-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            form.add(error, approve, reason, reject);
            return form;
        });
    }

    private static Paragraph quote(String note) {
        Paragraph quote = new Paragraph(note);
        quote.addClassName("request-note");
        return quote;
    }



}
