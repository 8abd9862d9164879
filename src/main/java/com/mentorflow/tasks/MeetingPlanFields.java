package com.mentorflow.tasks;

import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Texts;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * When, how long and where a meeting is, as a meeting task (a pair's, a circle's) plans it: the time is read on the
 * planner's own clock and the label says which zone that is; the invitation mails show each reader theirs.
 */
public class MeetingPlanFields extends FormLayout {

    /** What the services accept as a meeting's length and place. */
    static final int SHORTEST = 15;
    static final int LONGEST = 240;
    static final int LONGEST_PLACE = 300;

    private final DateTimePicker at;
    private final IntegerField duration;
    private final TextField place;
    private final Times reader;
    private final String idPrefix;

    /**
     * @param idPrefix the form's prefix of the field ids ({@code meeting} gives {@code meeting-at}, {@code meeting-duration})
     * @param placeId  the place field's id
     * @param now      when the form is drawn: the zone's label (e.g. summer time) depends on it
     */
    public MeetingPlanFields(String idPrefix, String placeId, Times reader, Instant now) {
        this.reader = reader;
        this.idPrefix = idPrefix;
        at = new DateTimePicker(Texts.text(reader.locale(), "tasks.meetingPlan.when", reader.zoneLabel(now)));
        duration = new IntegerField(Texts.text(reader.locale(), "tasks.meetingPlan.minutes"));
        place = new TextField(Texts.text(reader.locale(), "tasks.meetingPlan.place"));
        at.setId(idPrefix + "-at");
        at.setLocale(reader.locale());
        // A date or time is typed and Enter takes it, with no drop-down: one that typing opens and Enter closes at once
        // (Vaadin 24.9) may finish opening after it closed, leaving the page aria-hidden and pulling the focus back to
        // the date. The calendar and the list of times still open from their buttons and from the Down arrow.
        at.setAutoOpen(false);
        duration.setId(idPrefix + "-duration");
        duration.setMin(SHORTEST);
        duration.setMax(LONGEST);
        duration.setValue(60);
        place.setId(placeId);
        place.setMaxLength(LONGEST_PLACE);
        add(at, duration, place);
    }

    /** Shows what is planned already; what is not (null) keeps its default. */
    public void show(Instant scheduledAt, Integer minutes, String where) {
        if (scheduledAt != null) {
            at.setValue(scheduledAt.atZone(reader.zone()).toLocalDateTime());
        }
        if (minutes != null) {
            duration.setValue(minutes);
        }
        if (where != null) {
            place.setValue(where);
        }
    }

    public LocalDateTime at() {
        return at.getValue();
    }

    public Integer minutes() {
        return duration.getValue();
    }

    public String place() {
        return place.getValue();
    }

    /**
     * The button that saves the plan and sends the invitations; the task stays open, so the form stays and says so.
     *
     * @param plan  the service's command, which checks who may plan and what
     * @param saved what the notification says when it went through
     */
    public Button saveButton(Paragraph error, Runnable plan, String saved) {
        Button save = new Button(Texts.text(reader.locale(), "tasks.meetingPlan.save"), click -> Refusals.attempt(error, () -> {
            plan.run();
            Notification.show(saved, 3000, Notification.Position.BOTTOM_START);
        }));
        save.setId(idPrefix + "-schedule");
        return save;
    }
}
