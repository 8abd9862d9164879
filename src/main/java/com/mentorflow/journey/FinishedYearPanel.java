package com.mentorflow.journey;

import com.mentorflow.platform.Times;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** A year that ran its course, as both people see it afterwards: what they did together. */
class FinishedYearPanel extends Div {

    FinishedYearPanel(FinishedYears.FinishedYear year, Times times) {
        addClassName("journey-finished-year");
        add(new H3("Your mentorship with " + year.partner() + " (" + year.role() + ", " + year.program().label() + ") is complete"),
                new Paragraph(times.date(year.since()) + " to " + times.date(year.completed())));
        UnorderedList facts = new UnorderedList();
        facts.addClassName("journey-finished-facts");
        facts.add(new ListItem("Meetings held: " + year.meetingsHeld() + " of " + year.meetingsPlanned()));
        if (year.modulesOffered() > 0) {
            facts.add(new ListItem("Modules completed: " + year.modulesCompleted() + " of " + year.modulesOffered()));
        }
        facts.add(new ListItem("Goals reached: " + year.goalsReached().size() + " of " + year.goalsSet()));
        add(facts);
        if (!year.goalsReached().isEmpty()) {
            UnorderedList reached = new UnorderedList();
            reached.addClassName("journey-goals-reached");
            year.goalsReached().forEach(goal -> reached.add(new ListItem(goal)));
            add(new Paragraph("What you reached together:"), reached);
        }
    }
}
