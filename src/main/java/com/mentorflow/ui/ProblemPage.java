package com.mentorflow.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What every error page shows inside the app's frame: a heading, one sentence a person understands and a way back.
 * Never an exception's class, a stack trace or a status code (issue 14 §6); the log has those.
 */
public abstract class ProblemPage extends VerticalLayout implements HasDynamicTitle {

    private final H2 heading = new H2();
    private final Paragraph sentence = new Paragraph();

    protected ProblemPage(String id) {
        setId(id);
        addClassName("problem-page");
        setMaxWidth("40rem");
        sentence.setId("problem-sentence");
        Anchor home = new Anchor("", getTranslation("ui.problem.wayBack"));
        home.setId("problem-way-back");
        add(heading, sentence, home);
    }

    /** The page's heading and sentence, already in the reader's language. */
    protected void show(String title, String text) {
        heading.setText(title);
        sentence.setText(text);
    }

    /** The tab and a screen reader's first words say what happened too (an empty title fails WCAG 2.4.2). */
    @Override
    public String getPageTitle() {
        return heading.getText() + " · Mentorflow";
    }
}
