package com.mentorflow.journey;

import com.mentorflow.platform.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Shared goals: either side adds them and ticks them off. */
class GoalsPanel extends Div {

    /** @param added run after a goal was added, so the view can show it */
    GoalsPanel(MentorshipGoals goals, String username, long mentorshipId, Runnable added) {
        addClassName("journey-goals");
        add(new H3(getTranslation("journey.goals.title")));
        for (MentorshipGoals.Goal goal : goals.of(username, mentorshipId)) {
            Checkbox check = new Checkbox(goal.text(), goal.done());
            check.addValueChangeListener(change -> goals.tick(username, goal.id(), change.getValue()));
            add(new Div(check));
        }
        TextField next = new TextField();
        next.setPlaceholder(getTranslation("journey.goals.placeholder"));
        next.setId("goal-text");
        Paragraph error = Refusals.errorText();
        Button add = new Button(getTranslation("journey.goals.add"), click -> {
            if (Refusals.attempt(error, () -> goals.add(username, mentorshipId, next.getValue()))) {
                added.run();
            }
        });
        add.setId("goal-add");
        add(new HorizontalLayout(next, add), error);
    }
}
