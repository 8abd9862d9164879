package com.mentorflow.circles;

import com.mentorflow.platform.Times;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** A circle's next and past meetings; summaries and links only for the circle's people (the directory leaves them out). */
class CircleMeetingList extends VerticalLayout {

    CircleMeetingList(CircleDirectory.Summary circle, List<CircleDirectory.Meeting> meetings, boolean inCircle, Times times) {
        setPadding(false);
        setId("circle-meetings");
        add(new H3("Meetings"));
        if (meetings.isEmpty()) {
            add(new Paragraph(circle.term() == 0 ? "Meetings start when the circle is published."
                    : "The first meeting is being planned."));
        }
        for (CircleDirectory.Meeting meeting : meetings) {
            String what = "Meeting " + meeting.number() + " · " + meeting.kind().label() + ": " + meeting.topic();
            Paragraph line = new Paragraph(meeting.heldAt() == null
                    ? what + " · " + CircleFormat.when(times, meeting.scheduledAt(), circle.timeZone())
                    + (meeting.link() == null ? "" : " · " + meeting.link())
                    : what + " · held, " + meeting.attended() + " came"
                    + (meeting.summary() == null ? "" : " — " + meeting.summary()));
            line.addClassName(meeting.heldAt() == null ? "meeting-next" : "meeting-past");
            add(line);
        }
        if (!inCircle && !meetings.isEmpty()) {
            add(new Paragraph("Summaries and meeting links are for the circle's people only."));
        }
    }
}
