package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Times;
import com.mentorflow.tasks.TaskFormFactory;
import com.mentorflow.tasks.TaskForms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The task forms of mentee-journey.bpmn: module, meeting, check-in and the program manager's check-in. */
@Configuration(proxyBeanMethods = false)
class JourneyForms {

    @Bean
    TaskFormFactory completeModuleForm(JourneyService journey, TaskService tasks) {
        return TaskForms.factory(JourneyProcess.FORM_MODULE, (task, done) -> {
            int number = ((Number) tasks.getVariable(task.id(), JourneyProcess.VAR_MODULE)).intValue();
            LearningModule module = journey.module(number);
            VerticalLayout form = layout();
            form.add(new H3("Module " + number + ": " + module.title()),
                    new Paragraph(module.summary() + " About " + module.estimatedMinutes() + " minutes."));
            UnorderedList resources = new UnorderedList();
            for (LearningModule.Resource resource : module.resources()) {
                resources.add(new ListItem(resource.link().isBlank() ? new Paragraph(resource.kind() + ": " + resource.title())
                        : new Anchor(resource.link(), resource.kind() + ": " + resource.title())));
            }
            CheckboxGroup<Integer> items = new CheckboxGroup<>("Action items");
            items.setId("module-items");
            items.setItems(IntStream.range(0, module.actionItems().size()).boxed().toList());
            items.setItemLabelGenerator(i -> module.actionItems().get(i));
            TextArea reflection = new TextArea("My reflection (optional)");
            reflection.setMaxLength(4000);
            Paragraph error = TaskForms.errorText();
            Button finish = new Button("Mark module done", click -> TaskForms.attempt(error, () -> {
                journey.completeModule(task.id(), CurrentUser.username(), new HashSet<>(items.getValue()), reflection.getValue());
                done.run();
            }));
            finish.setId("module-done");
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(resources, items, reflection, error, finish);
            return form;
        });
    }

    @Bean
    TaskFormFactory meetingForm(JourneyService journey, TaskService tasks, Mentorships mentorships, TimeZones zones) {
        return TaskForms.factory(JourneyProcess.FORM_MEETING, (task, done) -> {
            int number = ((Number) tasks.getVariable(task.id(), JourneyProcess.VAR_MEETING)).intValue();
            long mentorshipId = Long.parseLong(task.businessKey());
            String me = CurrentUser.username();
            Mentorships.Pair pair = mentorships.pair(mentorshipId);
            VerticalLayout form = layout();
            form.add(new H3("Meeting " + number + " with " + pair.partnerOf(me)));
            List<Map<String, Object>> meetings = journey.meetings(mentorshipId, me);
            meetings.stream()
                    .filter(m -> ((Number) m.get("number")).intValue() == number - 1 && m.get("action_items") != null)
                    .findFirst().ifPresent(previous -> form.add(new Paragraph("Action items from last time: " + previous.get("action_items"))));
            Times mine = zones.forCurrentReader();
            // The form reads the time on the planner's clock and says so; the partner's mail shows theirs.
            DateTimePicker at = new DateTimePicker("When (your time: " + mine.zoneLabel(Instant.now()) + ")");
            at.setId("meeting-at");
            at.setLocale(mine.locale());
            IntegerField duration = new IntegerField("Minutes");
            duration.setValue(60);
            duration.setMin(15);
            duration.setMax(240);
            TextField place = new TextField("Where (room or video link)");
            place.setId("meeting-place");
            meetings.stream().filter(m -> ((Number) m.get("number")).intValue() == number && m.get("scheduled_at") != null)
                    .findFirst().ifPresent(planned -> {
                        at.setValue(LocalDateTime.ofInstant(((Timestamp) planned.get("scheduled_at")).toInstant(), mine.zone()));
                        duration.setValue(((Number) planned.get("duration_minutes")).intValue());
                        place.setValue(String.valueOf(planned.get("place")));
                    });
            Paragraph error = TaskForms.errorText();
            Button schedule = new Button("Save and send invitation", click -> TaskForms.attempt(error, () -> {
                journey.scheduleMeeting(task.id(), me, at.getValue(), duration.getValue(), place.getValue());
                Notification.show("Saved; you both get an e-mail.", 3000, Notification.Position.BOTTOM_START);
            }));
            schedule.setId("meeting-schedule");
            RadioButtonGroup<String> held = new RadioButtonGroup<>("Did the meeting happen?");
            held.setId("meeting-held");
            held.setItems("Yes", "No");
            TextArea topics = new TextArea("What we talked about");
            topics.setId("meeting-topics");
            TextArea notes = new TextArea("Private notes (only the two of you see them)");
            notes.setId("meeting-notes");
            TextArea actions = new TextArea("Action items");
            Button log = new Button("Log meeting", click -> TaskForms.attempt(error, () -> {
                if (held.getValue() == null) {
                    throw new RejectedInputException("held", "Say whether the meeting happened.");
                }
                journey.logMeeting(task.id(), me, "Yes".equals(held.getValue()), topics.getValue(), notes.getValue(),
                        actions.getValue());
                done.run();
            }));
            log.setId("meeting-log");
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(new FormLayout(at, duration, place), schedule, held, topics, notes, actions, error, log);
            return form;
        });
    }

    @Bean
    TaskFormFactory checkInForm(JourneyService journey) {
        return TaskForms.factory(JourneyProcess.FORM_CHECK_IN, (task, done) -> {
            VerticalLayout form = layout();
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("How is the mentorship going? (1 = poorly, 5 = very well)");
            rating.setId("check-in-rating");
            rating.setItems(1, 2, 3, 4, 5);
            TextArea helped = new TextArea("What helped most");
            TextArea change = new TextArea("What should change");
            TextArea comment = new TextArea("Private comment (not in reports)");
            Paragraph error = TaskForms.errorText();
            Button send = new Button("Send check-in", click -> TaskForms.attempt(error, () -> {
                journey.checkIn(task.id(), CurrentUser.username(), rating.getValue(), helped.getValue(), change.getValue(),
                        comment.getValue());
                done.run();
            }));
            send.setId("check-in-send");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(rating, helped, change, comment, error, send);
            return form;
        });
    }

    @Bean
    TaskFormFactory managerCheckInForm(JourneyService journey, Mentorships mentorships) {
        return TaskForms.factory(JourneyProcess.FORM_PM_CHECK_IN, (task, done) -> {
            long mentorshipId = Long.parseLong(task.businessKey());
            Mentorships.Pair pair = mentorships.pair(mentorshipId);
            VerticalLayout form = layout();
            form.add(new Paragraph(pair.menteeName() + " and " + pair.mentorName() + " missed two meetings in a row."));
            UnorderedList meetings = new UnorderedList();
            journey.meetings(mentorshipId, CurrentUser.username()).forEach(m -> meetings.add(new ListItem("Meeting "
                    + m.get("number") + ": " + (m.get("held") == null ? "not logged" : Boolean.TRUE.equals(m.get("held"))
                    ? "held" : "missed"))));
            TextArea note = new TextArea("What you did or agreed");
            note.setId("pm-check-in-note");
            Paragraph error = TaskForms.errorText();
            Button finish = new Button("Done", click -> TaskForms.attempt(error, () -> {
                journey.recordManagerCheckIn(task.id(), CurrentUser.username(), note.getValue());
                done.run();
            }));
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            TextArea endReason = new TextArea("Or end the mentorship early: reason (both are told)");
            Button end = new Button("End mentorship", click -> TaskForms.attempt(error, () -> {
                journey.endEarly(CurrentUser.username(), mentorshipId, endReason.getValue());
                done.run();
            }));
            end.addThemeVariants(ButtonVariant.LUMO_ERROR);
            form.add(meetings, note, error, finish, endReason, end);
            return form;
        });
    }

    private static VerticalLayout layout() {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        return form;
    }



}
