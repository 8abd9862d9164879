package com.mentorflow.circles;

import com.mentorflow.platform.Texts;
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
        java.util.Locale reader = times.locale();
        add(new H3(Texts.text(reader, "circles.meetings.title")));
        if (meetings.isEmpty()) {
            add(new Paragraph(Texts.text(reader, circle.term() == 0 ? "circles.meetings.startWhenPublished"
                    : "circles.meetings.firstBeingPlanned")));
        }
        for (CircleDirectory.Meeting meeting : meetings) {
            String what = Texts.text(reader, "circles.meetings.what", meeting.number(), CircleWords.meetingKind(reader, meeting.kind()),
                    meeting.topic());
            Paragraph line = new Paragraph(meeting.heldAt() == null
                    ? what + " · " + CircleFormat.when(times, meeting.scheduledAt(), circle.timeZone())
                    + (meeting.link() == null ? "" : " · " + meeting.link())
                    : what + " · " + Texts.text(reader, "circles.meetings.held", meeting.attended())
                    + (meeting.summary() == null ? "" : " — " + meeting.summary()));
            line.addClassName(meeting.heldAt() == null ? "meeting-next" : "meeting-past");
            add(line);
        }
        if (!inCircle && !meetings.isEmpty()) {
            add(new Paragraph(Texts.text(reader, "circles.meetings.membersOnly")));
        }
    }
}
