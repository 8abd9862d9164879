package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The program manager's check-in after two missed meetings: the meetings so far, then a decision: note what was
 * agreed, or end the mentorship early with a reason both people are told.
 */
@org.springframework.stereotype.Component
class ManagerCheckInForm extends JourneyTaskForm {

    private final JourneyMeetings meetings;
    private final JourneyCheckIns checkIns;
    private final JourneyService journey;
    private final Mentorships mentorships;

    ManagerCheckInForm(JourneyMeetings meetings, JourneyCheckIns checkIns, JourneyService journey, Mentorships mentorships) {
        super(JourneyProcess.FORM_PM_CHECK_IN);
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.journey = journey;
        this.mentorships = mentorships;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long mentorshipId = task.businessId();
        String me = CurrentUser.username();
        Mentorships.Pair pair = mentorships.pair(mentorshipId);
        VerticalLayout form = layout();
        form.add(new Paragraph(text("journey.form.managerCheckIn.missed", pair.menteeName(), pair.mentorName())));
        UnorderedList list = new UnorderedList();
        list.setId("pm-check-in-meetings");
        for (Meeting meeting : meetings.meetings(mentorshipId, me)) {
            list.add(new ListItem(text("journey.form.managerCheckIn.meeting", meeting.number(),
                    text(!meeting.logged() ? "journey.form.managerCheckIn.notLogged"
                            : meeting.held() ? "journey.form.managerCheckIn.held" : "journey.form.managerCheckIn.notHeld"))));
        }
        TextArea note = new TextArea(text("journey.form.managerCheckIn.note"));
        note.setId("pm-check-in-note");
        TextArea endReason = new TextArea(text("journey.form.managerCheckIn.endReason"));
        endReason.setId("pm-end-reason");
        TaskAnswers decision = new TaskAnswers(done);
        decision.primaryAnswer("pm-check-in-done", text("journey.form.managerCheckIn.done"), () -> checkIns.recordManagerCheckIn(task.id(), me, note.getValue()));
        decision.answer("pm-end", text("journey.form.managerCheckIn.end"), () -> journey.endEarly(me, mentorshipId, endReason.getValue()))
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
        form.add(list, note, endReason, decision.error(), decision);
        return form;
    }
}
