package com.mentorflow.journey;

import com.mentorflow.platform.Times;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The year line by line: a badge saying done, due, overdue since or when it comes, then what it is. */
class TimelineList extends UnorderedList {

    TimelineList(List<JourneyTimeline.Item> items, Times times) {
        addClassName("journey-timeline");
        for (JourneyTimeline.Item item : items) {
            Span state = new Span(TimelineWords.badge(item, times));
            state.getElement().getThemeList().add(TimelineWords.badgeTheme(item.state()));
            ListItem entry = new ListItem(state, new Span(" " + item.what()));
            if (!item.detail().isBlank()) {
                Paragraph detail = new Paragraph(item.detail());
                detail.addClassName("journey-detail");
                entry.add(detail);
            }
            add(entry);
        }
    }
}
