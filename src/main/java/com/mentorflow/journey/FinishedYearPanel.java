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
        add(new H3(getTranslation("journey.finished.heading", year.partner(), year.role(), getTranslation(year.program().textKey()))),
                new Paragraph(getTranslation("journey.finished.span", times.date(year.since()), times.date(year.completed()))));
        UnorderedList facts = new UnorderedList();
        facts.addClassName("journey-finished-facts");
        facts.add(new ListItem(getTranslation("journey.finished.meetings", year.meetingsHeld(), year.meetingsPlanned())));
        if (year.modulesOffered() > 0) {
            facts.add(new ListItem(getTranslation("journey.finished.modules", year.modulesCompleted(), year.modulesOffered())));
        }
        facts.add(new ListItem(getTranslation("journey.finished.goals", year.goalsReached().size(), year.goalsSet())));
        add(facts);
        if (!year.goalsReached().isEmpty()) {
            UnorderedList reached = new UnorderedList();
            reached.addClassName("journey-goals-reached");
            year.goalsReached().forEach(goal -> reached.add(new ListItem(goal)));
            add(new Paragraph(getTranslation("journey.finished.reached")), reached);
        }
    }
}
