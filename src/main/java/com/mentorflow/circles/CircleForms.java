package com.mentorflow.circles;

import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.ParticipantFacts;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Times;
import com.mentorflow.tasks.TaskFormFactory;
import com.mentorflow.tasks.TaskForms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task forms of circle-lifecycle.bpmn; each completes its task through the circle service its task belongs to. */
@Configuration(proxyBeanMethods = false)
class CircleForms {

    @Bean
    TaskFormFactory reviewJoinRequestForm(JoinReviews reviews, CircleMemberships memberships, CircleDirectory directory, ParticipantDirectory people,
                                          TaskService tasks) {
        return TaskForms.factory(CircleProcess.FORM_REVIEW_JOIN, (task, done) -> {
            long circleId = Long.parseLong(task.businessKey());
            long membershipId = ((Number) tasks.getVariable(task.id(), CircleProcess.VAR_MEMBERSHIP_ID)).longValue();
            CircleMembership request = memberships.membership(membershipId);
            CircleDirectory.Summary circle = directory.summary(circleId);
            ParticipantFacts person = people.find(request.getAccountId()).orElseThrow();
            VerticalLayout form = layout();
            form.add(new H3(person.displayName() + " asks to join " + circle.name() + " as " + request.getRole().label().toLowerCase()),
                    new Paragraph(person.role().isEmpty() ? "Level unknown." : person.role()),
                    new Paragraph(request.getNote() == null ? "No note." : "Their note: " + request.getNote()),
                    new Paragraph("The circle has " + circle.people() + " of " + circle.maxSize() + " people, "
                            + circle.advisors() + " of them advisors."));
            List<String> warnings = reviews.warningsFor(membershipId);
            Checkbox override = new Checkbox("Approve anyway");
            override.setId("join-override");
            if (!warnings.isEmpty()) {
                UnorderedList list = new UnorderedList();
                list.setId("join-warnings");
                warnings.forEach(w -> list.add(new ListItem(w)));
                form.add(new Paragraph("Before you approve:"), list, override);
            }
            Paragraph error = TaskForms.errorText();
            Button approve = new Button("Approve", click -> TaskForms.attempt(error, () -> {
                reviews.decideJoinRequest(task.id(), CurrentUser.username(), true, null, override.getValue());
                done.run();
            }));
            approve.setId("join-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            TextArea reason = new TextArea("Or decline: tell them why");
            reason.setId("join-decline-reason");
            reason.setWidthFull();
            Button decline = new Button("Decline", click -> TaskForms.attempt(error, () -> {
                reviews.decideJoinRequest(task.id(), CurrentUser.username(), false, reason.getValue(), false);
                done.run();
            }));
            decline.setId("join-decline");
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            form.add(approve, reason, error, decline);
            return form;
        });
    }

    @Bean
    TaskFormFactory publishCircleForm(Circles circles, CircleDirectory directory) {
        return TaskForms.factory(CircleProcess.FORM_PUBLISH, (task, done) -> {
            long circleId = Long.parseLong(task.businessKey());
            CircleDirectory.Summary circle = directory.summary(circleId);
            VerticalLayout form = layout();
            UnorderedList people = new UnorderedList();
            directory.members(circleId).forEach(m -> people.add(new ListItem(m.name() + " (" + m.role().label() + ")")));
            form.add(new H3("Publish " + circle.name()), new Paragraph("Publishing starts the first six-month term: "
                    + "one meeting a month, alternating Education and Experience. It needs at least " + Circles.MIN_SIZE
                    + " people; it has " + circle.people() + "."), people,
                    new Paragraph("Unpublished proposals expire " + CirclePlan.PUBLISH_WITHIN_WEEKS + " weeks after they were made."));
            Paragraph error = TaskForms.errorText();
            Button publish = new Button("Publish circle", click -> TaskForms.attempt(error, () -> {
                circles.publish(task.id(), CurrentUser.username());
                done.run();
            }));
            publish.setId("circle-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(error, publish);
            return form;
        });
    }

    @Bean
    TaskFormFactory circleMeetingForm(CircleMeetings meetings, CircleDirectory directory, EducationTopics library, TaskService tasks,
                                      ReaderZones zones) {
        return TaskForms.factory(CircleProcess.FORM_MEETING, (task, done) -> {
            long circleId = Long.parseLong(task.businessKey());
            int number = ((Number) tasks.getVariable(task.id(), CircleProcess.VAR_MEETING)).intValue();
            CircleDirectory.Summary circle = directory.summary(circleId);
            Times mine = zones.forCurrentReader();
            CircleDirectory.Meeting planned = directory.meetings(circleId, true).stream().filter(m -> m.number() == number)
                    .findFirst().orElse(null);
            VerticalLayout form = layout();
            form.add(new H3(circle.name() + ": meeting " + number));

            RadioButtonGroup<CircleMeetingKind> kind = new RadioButtonGroup<>("Kind");
            kind.setId("circle-meeting-kind");
            kind.setItems(CircleMeetingKind.values());
            kind.setItemLabelGenerator(k -> k.label() + " (" + k.explanation() + ")");
            kind.setValue(planned == null ? CirclePlan.defaultKind(number) : planned.kind());
            Select<EducationTopics.EducationTopic> topic = new Select<>();
            topic.setLabel("Education topic");
            topic.setId("circle-meeting-topic");
            List<EducationTopics.EducationTopic> topics = library.active();
            topic.setItems(topics);
            topic.setItemLabelGenerator(t -> t == null ? "" : t.title());
            topic.setEmptySelectionAllowed(false);
            topic.setWidth("24rem");
            if (planned != null && planned.kind() == CircleMeetingKind.EDUCATION) {
                topics.stream().filter(t -> t.title().equals(planned.topic())).findFirst().ifPresent(topic::setValue);
            }
            TextField theme = new TextField("Experience theme");
            theme.setId("circle-meeting-theme");
            theme.setPlaceholder("e.g. A difficult conversation with a manager");
            theme.setMaxLength(200);
            if (planned != null && planned.kind() == CircleMeetingKind.EXPERIENCE) {
                theme.setValue(planned.topic());
            }
            Runnable showKind = () -> {
                topic.setVisible(kind.getValue() == CircleMeetingKind.EDUCATION);
                theme.setVisible(kind.getValue() == CircleMeetingKind.EXPERIENCE);
            };
            kind.addValueChangeListener(change -> showKind.run());
            showKind.run();
            // Read on the manager's own clock; members are mailed the time on theirs, with the circle's beside it.
            DateTimePicker at = new DateTimePicker("When (your time: " + mine.zoneLabel(Instant.now()) + ")");
            at.setId("circle-meeting-at");
            at.setLocale(mine.locale());
            IntegerField duration = new IntegerField("Minutes");
            duration.setId("circle-meeting-duration");
            duration.setMin(15);
            duration.setMax(240);
            duration.setValue(planned == null || planned.durationMinutes() == null ? 60 : planned.durationMinutes());
            TextField link = new TextField("Where (room or video link)");
            link.setId("circle-meeting-link");
            link.setMaxLength(300);
            if (planned != null && planned.scheduledAt() != null) {
                at.setValue(planned.scheduledAt().atZone(mine.zone()).toLocalDateTime());
                link.setValue(planned.link() == null ? "" : planned.link());
            }
            Paragraph error = TaskForms.errorText();
            Button schedule = new Button("Save and send invitation", click -> TaskForms.attempt(error, () -> {
                meetings.planMeeting(task.id(), CurrentUser.username(), kind.getValue(),
                        topic.getValue() == null ? null : topic.getValue().id(), theme.getValue(),
                        at.getValue(), duration.getValue(), link.getValue());
                Notification.show("Saved; every member gets the invitation.", 3000, Notification.Position.BOTTOM_START);
            }));
            schedule.setId("circle-meeting-schedule");

            CheckboxGroup<CircleDirectory.Member> attended = new CheckboxGroup<>("Who came");
            attended.setId("circle-meeting-attended");
            attended.setItems(directory.members(circleId));
            attended.setItemLabelGenerator(CircleDirectory.Member::name);
            TextArea summary = new TextArea("Summary for the members");
            summary.setId("circle-meeting-summary");
            summary.setMaxLength(4000);
            summary.setWidthFull();
            Button record = new Button("Record meeting", click -> TaskForms.attempt(error, () -> {
                HashSet<Long> came = new HashSet<>();
                attended.getValue().forEach(m -> came.add(m.accountId()));
                meetings.recordMeeting(task.id(), CurrentUser.username(), came, summary.getValue());
                done.run();
            }));
            record.setId("circle-meeting-record");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(new Paragraph("First plan it: the kind, the topic, when and where. Every member gets an invitation. "
                    + "Afterwards, record who came and a short summary."), kind, topic, theme, new FormLayout(at, duration, link),
                    schedule, attended, summary, error, record);
            return form;
        });
    }

    @Bean
    TaskFormFactory circleVoteForm(CircleRenewals renewals, CircleDirectory directory) {
        return TaskForms.factory(CircleProcess.FORM_VOTE, (task, done) -> {
            CircleDirectory.Summary circle = directory.summary(Long.parseLong(task.businessKey()));
            VerticalLayout form = layout();
            RadioButtonGroup<Boolean> vote = new RadioButtonGroup<>("Should " + circle.name() + " continue for six more months?");
            vote.setId("circle-vote");
            vote.setItems(true, false);
            vote.setItemLabelGenerator(b -> b ? "Continue" : "Disband");
            Paragraph error = TaskForms.errorText();
            Button send = new Button("Vote", click -> TaskForms.attempt(error, () -> {
                if (vote.getValue() == null) {
                    throw new RejectedInputException("vote", "Choose Continue or Disband.");
                }
                renewals.vote(task.id(), CurrentUser.username(), vote.getValue());
                done.run();
            }));
            send.setId("circle-vote-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(new Paragraph("Voting is optional and closes after a week; the circle manager decides."), vote, error, send);
            return form;
        });
    }

    @Bean
    TaskFormFactory circleRenewalForm(CircleRenewals renewals, CircleDirectory directory) {
        return TaskForms.factory(CircleProcess.FORM_RENEWAL, (task, done) -> {
            long circleId = Long.parseLong(task.businessKey());
            CircleDirectory.Summary circle = directory.summary(circleId);
            Map<String, Integer> votes = renewals.votes(circleId);
            VerticalLayout form = layout();
            form.add(new H3("Continue " + circle.name() + "?"), new Paragraph("Votes so far: "
                    + votes.get(CircleProcess.RENEWAL_CONTINUE) + " continue, " + votes.get(CircleProcess.RENEWAL_DISBAND)
                    + " disband (members have a week)."));
            if (circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL) {
                Paragraph recommendation = new Paragraph("After twelve months disbanding is recommended. If you continue, "
                        + "a program manager must approve the further term.");
                recommendation.setId("circle-renewal-recommendation");
                form.add(recommendation);
            }
            Paragraph error = TaskForms.errorText();
            Button disband = new Button("Disband", click -> TaskForms.attempt(error, () -> {
                renewals.decideRenewal(task.id(), CurrentUser.username(), false);
                done.run();
            }));
            disband.setId("circle-disband");
            Button carryOn = new Button(circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL ? "Ask to continue" : "Continue six months",
                    click -> TaskForms.attempt(error, () -> {
                        renewals.decideRenewal(task.id(), CurrentUser.username(), true);
                        done.run();
                    }));
            carryOn.setId("circle-continue");
            (circle.term() >= CirclePlan.TERMS_BEFORE_APPROVAL ? disband : carryOn).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(error, new HorizontalLayout(carryOn, disband));
            return form;
        });
    }

    @Bean
    TaskFormFactory approveCircleExtensionForm(CircleRenewals renewals, CircleDirectory directory) {
        return TaskForms.factory(CircleProcess.FORM_APPROVE_EXTENSION, (task, done) -> {
            long circleId = Long.parseLong(task.businessKey());
            CircleDirectory.Summary circle = directory.summary(circleId);
            Map<String, Integer> votes = renewals.votes(circleId);
            VerticalLayout form = layout();
            form.add(new H3(circle.name() + " wants a term " + (circle.term() + 1)), new Paragraph(circle.people()
                    + " people; after twelve months disbanding is recommended. Members voted "
                    + votes.get(CircleProcess.RENEWAL_CONTINUE) + " continue, " + votes.get(CircleProcess.RENEWAL_DISBAND) + " disband."));
            TextArea reason = new TextArea("Reason (needed when you say no)");
            reason.setWidthFull();
            Paragraph error = TaskForms.errorText();
            Button approve = new Button("Approve six more months", click -> TaskForms.attempt(error, () -> {
                renewals.decideExtension(task.id(), CurrentUser.username(), true, reason.getValue());
                done.run();
            }));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button("Not approved: disband", click -> TaskForms.attempt(error, () -> {
                renewals.decideExtension(task.id(), CurrentUser.username(), false, reason.getValue());
                done.run();
            }));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            form.add(reason, error, new HorizontalLayout(approve, reject));
            return form;
        });
    }

    @Bean
    TaskFormFactory circleFeedbackForm(CircleRenewals renewals, CircleDirectory directory) {
        return TaskForms.factory(CircleProcess.FORM_FEEDBACK, (task, done) -> {
            CircleDirectory.Summary circle = directory.summary(Long.parseLong(task.businessKey()));
            VerticalLayout form = layout();
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("How was " + circle.name() + "? (1 = poor, 5 = excellent)");
            rating.setId("circle-feedback-rating");
            rating.setItems(1, 2, 3, 4, 5);
            TextArea comment = new TextArea("What should other circles know? (optional)");
            comment.setMaxLength(Circles.MAX_TEXT);
            comment.setWidthFull();
            Paragraph error = TaskForms.errorText();
            Button send = new Button("Send feedback", click -> TaskForms.attempt(error, () -> {
                renewals.giveFeedback(task.id(), CurrentUser.username(), rating.getValue(), comment.getValue());
                done.run();
            }));
            send.setId("circle-feedback-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(rating, comment, error, send);
            return form;
        });
    }

    private static VerticalLayout layout() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        return form;
    }
}
