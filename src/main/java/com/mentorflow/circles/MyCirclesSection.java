package com.mentorflow.circles;

import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Texts;
import com.mentorflow.platform.Times;
import com.mentorflow.tasks.DashboardSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;

/** "My circles" on the home page: each circle the person is in or asked to join, with its next meeting. */
@org.springframework.stereotype.Component
class MyCirclesSection implements DashboardSection {

    private final CircleDirectory directory;
    private final ReaderZones zones;

    MyCirclesSection(CircleDirectory directory, ReaderZones zones) {
        this.directory = directory;
        this.zones = zones;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(String username) {
        List<CircleDirectory.MyCircle> mine = directory.of(username).stream().filter(m -> m.circle().status().isOpen()).toList();
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Times times = zones.forCurrentReader();
        java.util.Locale reader = times.locale();
        UnorderedList list = new UnorderedList();
        for (CircleDirectory.MyCircle m : mine) {
            String state = m.status() == CircleMembership.Status.REQUESTED ? Texts.text(reader, "circles.dashboard.askedToJoin")
                    : CircleWords.inSentence(reader, CircleWords.role(reader, m.role())) + ", "
                    + CircleWords.inSentence(reader, CircleWords.status(reader, m.circle().status()));
            ListItem item = new ListItem(new Anchor("circle/" + m.circle().id(), m.circle().name()), new Span(" (" + state + ")"));
            if (m.nextMeeting() != null) {
                item.add(new Span(" " + Texts.text(reader, "circles.dashboard.nextMeeting",
                        CircleFormat.when(times, m.nextMeeting().scheduledAt(), m.circle().timeZone()))));
            }
            list.add(item);
        }
        Div section = new Div(new H2(Texts.text(reader, "circles.dashboard.title")), list);
        section.setId("dashboard-my-circles");
        return Optional.of(section);
    }
}
