package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.MeetingPlanFields;
import com.mentorflow.tasks.MeetingTimes;
import com.mentorflow.tasks.TaskAnswers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;

/** The manager's meeting task: plan it (kind, topic, time on their own clock, place), then record who came. */
@org.springframework.stereotype.Component
class CircleMeetingForm extends CircleTaskForm {

    private final CircleMeetings meetings;
    private final CircleDirectory directory;
    private final EducationTopics library;
    private final MeetingTimes times;

    CircleMeetingForm(CircleMeetings meetings, CircleDirectory directory, EducationTopics library, MeetingTimes times) {
        super(CircleProcess.FORM_MEETING);
        this.meetings = meetings;
        this.directory = directory;
        this.library = library;
        this.times = times;
    }

    @Override
    public Component create(InboxTask task, Runnable done) {
        long circleId = task.businessId();
        int number = meetings.number(task.id());
        CircleDirectory.Summary circle = directory.summary(circleId);
        CircleDirectory.Meeting planned = directory.meetings(circleId, true, reader()).stream().filter(m -> m.number() == number)
                .findFirst().orElse(null);
        VerticalLayout form = layout();
        form.add(new H3(words("circles.meetingForm.title", circle.name(), number)));

        RadioButtonGroup<CircleMeetingKind> kind = new RadioButtonGroup<>(words("circles.meetingForm.kind"));
        kind.setId("circle-meeting-kind");
        kind.setItems(CircleMeetingKind.values());
        kind.setItemLabelGenerator(k -> words("circles.meetingForm.kind." + k.name()));
        kind.setValue(planned == null ? CirclePlan.defaultKind(number) : planned.kind());
        Select<EducationTopics.EducationTopic> topic = new Select<>();
        topic.setLabel(words("circles.meetingForm.topic"));
        topic.setId("circle-meeting-topic");
        List<EducationTopics.EducationTopic> topics = library.active(reader());
        topic.setItems(topics);
        topic.setItemLabelGenerator(t -> t == null ? "" : t.title());
        topic.setEmptySelectionAllowed(false);
        topic.setWidth("24rem");
        if (planned != null && planned.kind() == CircleMeetingKind.EDUCATION) {
            topics.stream().filter(t -> t.title().equals(planned.topic())).findFirst().ifPresent(topic::setValue);
        }
        TextField theme = new TextField(words("circles.meetingForm.theme"));
        theme.setId("circle-meeting-theme");
        theme.setPlaceholder(words("circles.meetingForm.themeExample"));
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
        // Members are mailed the time on their own clock, with the circle's beside it.
        MeetingPlanFields plan = times.fields("circle-meeting", "circle-meeting-link");
        if (planned != null) {
            plan.show(planned.scheduledAt(), planned.durationMinutes(), planned.scheduledAt() == null ? null : planned.link());
        }
        TaskAnswers record = new TaskAnswers(done);
        Button schedule = plan.saveButton(record.error(), () -> meetings.planMeeting(task.id(), CurrentUser.username(), kind.getValue(),
                topic.getValue() == null ? null : topic.getValue().id(), theme.getValue(), plan.at(), plan.minutes(),
                plan.place()), words("circles.meetingForm.saved"));

        CheckboxGroup<CircleDirectory.Member> attended = new CheckboxGroup<>(words("circles.meetingForm.attended"));
        attended.setId("circle-meeting-attended");
        attended.setItems(directory.members(circleId));
        attended.setItemLabelGenerator(CircleDirectory.Member::name);
        TextArea summary = new TextArea(words("circles.meetingForm.summary"));
        summary.setId("circle-meeting-summary");
        summary.setMaxLength(4000);
        summary.setWidthFull();
        record.primaryAnswer("circle-meeting-record", words("circles.meetingForm.record"), () -> {
            HashSet<Long> came = new HashSet<>();
            attended.getValue().forEach(m -> came.add(m.accountId()));
            meetings.recordMeeting(task.id(), CurrentUser.username(), came, summary.getValue());
        });
        form.add(new Paragraph(words("circles.meetingForm.intro")), kind, topic, theme, plan,
                schedule, attended, summary, record.error(), record);
        return form;
    }
}
