package com.mentorflow.journey;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The mentor's insights, stage by stage: the stages reached so far, the current one marked for the eye (a badge)
 * and for screen readers ({@code aria-current="step"}); later stages are not listed until they are reached.
 */
class MentorStagesList extends Div {

    MentorStagesList(List<MentorStages.Stage> stages) {
        addClassName("journey-stages");
        add(new H3(getTranslation("journey.stages.title")));
        OrderedList list = new OrderedList();
        for (MentorStages.Stage stage : stages) {
            ListItem item = new ListItem();
            item.addClassName("journey-stage");
            Span title = new Span(getTranslation("journey.stages.module", stage.module(), stage.title()));
            title.addClassName("journey-stage-title");
            item.add(title);
            if (stage.current()) {
                item.addClassName("journey-stage-current");
                item.getElement().setAttribute("aria-current", "step");
                Span badge = new Span(getTranslation("journey.stages.current"));
                badge.getElement().getThemeList().add("badge success");
                badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                item.add(badge);
            }
            Paragraph insight = new Paragraph(stage.insight());
            insight.addClassName("journey-stage-insight");
            item.add(insight);
            list.add(item);
        }
        add(list);
        add(new Paragraph(getTranslation("journey.stages.next")));
    }
}
