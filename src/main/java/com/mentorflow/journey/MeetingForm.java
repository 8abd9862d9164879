package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskAnswers;
import com.mentorflow.tasks.MeetingPlanFields;
import com.mentorflow.tasks.MeetingTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/** Either side's meeting task: plan it (both get an invitation), then log whether it happened and what was said. */
@org.springframework.stereotype.Component
class MeetingForm extends JourneyTaskForm {

    private final JourneyMeetings meetings;
    private final Mentorships mentorships;
    private final MeetingTimes times;

    MeetingForm(JourneyMeetings meetings, Mentorships mentorships, MeetingTimes times) {
        super(JourneyProcess.FORM_MEETING);
        this.meetings = meetings;
        this.mentorships = mentorships;
        this.times = times;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long mentorshipId = task.businessId();
        int number = meetings.meetingOf(task.id());
        String me = CurrentUser.username();
        VerticalLayout form = layout();
        form.add(new H3(text("journey.form.meeting.title", number, mentorships.pair(mentorshipId).partnerOf(me))));
        List<Meeting> sofar = meetings.meetings(mentorshipId, me);
        sofar.stream().filter(m -> m.number() == number - 1 && m.actionItems() != null).findFirst()
                .ifPresent(previous -> form.add(new Paragraph(text("journey.form.meeting.lastActionItems", previous.actionItems()))));
        MeetingPlanFields plan = times.fields("meeting", "meeting-place");
        sofar.stream().filter(m -> m.number() == number && m.planned()).findFirst()
                .ifPresent(planned -> plan.show(planned.scheduledAt(), planned.durationMinutes(), planned.place()));
        TaskAnswers log = new TaskAnswers(done);
        Button schedule = plan.saveButton(log.error(), () -> meetings.scheduleMeeting(task.id(), me, plan.at(), plan.minutes(),
                plan.place()), text("journey.form.meeting.saved"));
        RadioButtonGroup<String> held = new RadioButtonGroup<>(text("journey.form.meeting.held"));
        held.setId("meeting-held");
        held.setItems("Yes", "No");
        held.setItemLabelGenerator(answer -> text("journey.form.meeting.held." + answer));
        TextArea topics = new TextArea(text("journey.form.meeting.topics"));
        topics.setId("meeting-topics");
        TextArea notes = new TextArea(text("journey.form.meeting.notes"));
        notes.setId("meeting-notes");
        TextArea actions = new TextArea(text("journey.form.meeting.actionItems"));
        actions.setId("meeting-actions");
        log.primaryAnswer("meeting-log", text("journey.form.meeting.log"), () -> {
            if (held.getValue() == null) {
                throw new RejectedInputException("held", text("journey.form.meeting.heldMissing"));
            }
            meetings.logMeeting(task.id(), me, "Yes".equals(held.getValue()), topics.getValue(), notes.getValue(),
                    actions.getValue());
        });
        form.add(plan, schedule, held, topics, notes, actions, log.error(), log);
        return form;
    }
}
