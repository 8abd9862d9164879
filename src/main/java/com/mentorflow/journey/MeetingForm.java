package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Times;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.ui.DecisionButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;

/** Either side's meeting task: plan it (both get an invitation), then log whether it happened and what was said. */
@org.springframework.stereotype.Component
class MeetingForm extends JourneyTaskForm {

    private final JourneyMeetings meetings;
    private final Mentorships mentorships;
    private final ReaderZones zones;
    private final Clock clock;

    MeetingForm(JourneyMeetings meetings, Mentorships mentorships, ReaderZones zones, Clock clock) {
        super(JourneyProcess.FORM_MEETING);
        this.meetings = meetings;
        this.mentorships = mentorships;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long mentorshipId = Long.parseLong(task.businessKey());
        int number = meetings.meetingOf(task.id());
        String me = CurrentUser.username();
        VerticalLayout form = layout();
        form.add(new H3("Meeting " + number + " with " + mentorships.pair(mentorshipId).partnerOf(me)));
        List<Meeting> sofar = meetings.meetings(mentorshipId, me);
        sofar.stream().filter(m -> m.number() == number - 1 && m.actionItems() != null).findFirst()
                .ifPresent(previous -> form.add(new Paragraph("Action items from last time: " + previous.actionItems())));
        Times mine = zones.forCurrentReader();
        // The form reads the time on the planner's clock and says so; the partner's mail shows theirs.
        DateTimePicker at = new DateTimePicker("When (your time: " + mine.zoneLabel(clock.instant()) + ")");
        at.setId("meeting-at");
        at.setLocale(mine.locale());
        IntegerField duration = new IntegerField("Minutes");
        duration.setId("meeting-duration");
        duration.setValue(60);
        duration.setMin(15);
        duration.setMax(240);
        TextField place = new TextField("Where (room or video link)");
        place.setId("meeting-place");
        sofar.stream().filter(m -> m.number() == number && m.planned()).findFirst().ifPresent(planned -> {
            at.setValue(planned.scheduledAt().atZone(mine.zone()).toLocalDateTime());
            duration.setValue(planned.durationMinutes());
            place.setValue(planned.place());
        });
        Paragraph error = Refusals.errorText();
        Button schedule = new Button("Save and send invitation", click -> Refusals.attempt(error, () -> {
            meetings.scheduleMeeting(task.id(), me, at.getValue(), duration.getValue(), place.getValue());
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
        actions.setId("meeting-actions");
        DecisionButtons log = new DecisionButtons();
        log.primary("meeting-log", "Log meeting", () -> Refusals.attempt(error, () -> {
            if (held.getValue() == null) {
                throw new RejectedInputException("held", "Say whether the meeting happened.");
            }
            meetings.logMeeting(task.id(), me, "Yes".equals(held.getValue()), topics.getValue(), notes.getValue(),
                    actions.getValue());
            done.run();
        }));
        form.add(new FormLayout(at, duration, place), schedule, held, topics, notes, actions, error, log);
        return form;
    }
}
