package com.mentorflow.matching.cohort;

import com.mentorflow.platform.Texts;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.KeyedTaskForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;

/**
 * "Review pairs" and "Approve cohort" in the inbox: both are done on the run's page ({@code cohorts/<runId>}), which
 * completes the task through {@link CohortRuns}; the form only leads there.
 */
@org.springframework.stereotype.Component
class CohortTaskForm extends KeyedTaskForm {

    static final String ROUTE = "cohorts/";

    CohortTaskForm() {
        super(CohortProcess.FORM_KEY);
    }

    @Override
    public Component create(InboxTask task, Runnable onCompleted) {
        VerticalLayout form = layout();
        Paragraph text = new Paragraph(words("matching.cohortPublish.task.text"));
        Anchor open = new Anchor(ROUTE + task.businessId(),
                words("matching.cohortPublish.task.open"));
        open.setId("cohort-open");
        form.add(text, open);
        return form;
    }

    private static String words(String key) {
        UI ui = UI.getCurrent();
        Locale reader = ui == null ? null : ui.getLocale();
        return Texts.text(reader, key);
    }
}
