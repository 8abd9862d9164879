package com.mentorflow.tasks;

import com.mentorflow.platform.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** One task, shown with the form its camunda:formKey names. */
@Route("tasks")
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final InboxService inbox;
    private final TaskFormRegistry forms;
    private String title;

    public TaskView(InboxService inbox, TaskFormRegistry forms) {
        this.inbox = inbox;
        this.forms = forms;
        addClassName("task-view");
        setMaxWidth("48rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        title = null;
        Optional<InboxTask> task = inbox.find(CurrentUser.username(), taskId);
        if (task.isEmpty()) {
            showProblem(getTranslation("tasks.view.notOpen.title"), getTranslation("tasks.view.notOpen.text"));
            return;
        }
        InboxTask open = task.get();
        title = getTranslation("tasks.view.pageTitle", open.name());
        add(new H2(open.name()));
        if (!open.subject().isBlank()) {
            add(new Span(open.subject()));
        }
        Optional<TaskFormFactory> factory = forms.find(open.formKey());
        if (factory.isEmpty()) {
            showProblem(getTranslation("tasks.view.noForm.title"),
                    getTranslation("tasks.view.noForm.text", open.formKey()));
            return;
        }
        add(factory.get().create(open, () -> completed(open)));
    }

    private void completed(InboxTask task) {
        Notification.show(getTranslation("tasks.view.done", task.name()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    private void showProblem(String heading, String explanation) {
        Paragraph text = new Paragraph(explanation);
        text.addClassName("task-problem");
        add(new H2(heading), text, new RouterLink(getTranslation("tasks.view.back"), InboxView.class));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("tasks.view.defaultPageTitle") : title;
    }
}
