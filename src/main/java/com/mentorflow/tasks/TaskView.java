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
    private String title = "Task · Mentorflow";

    public TaskView(InboxService inbox, TaskFormRegistry forms) {
        this.inbox = inbox;
        this.forms = forms;
        addClassName("task-view");
        setMaxWidth("48rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        removeAll();
        Optional<InboxTask> task = inbox.find(CurrentUser.username(), taskId);
        if (task.isEmpty()) {
            showProblem("This task is not open for you",
                    "It may have been completed already, or it belongs to someone else.");
            return;
        }
        InboxTask open = task.get();
        title = open.name() + " · Mentorflow";
        add(new H2(open.name()));
        if (!open.subject().isBlank()) {
            add(new Span(open.subject()));
        }
        Optional<TaskFormFactory> factory = forms.find(open.formKey());
        if (factory.isEmpty()) {
            showProblem("This task cannot be opened here",
                    "Its model asks for a form called \"" + open.formKey() + "\", which this version of Mentorflow "
                            + "does not have. Please tell an administrator.");
            return;
        }
        add(factory.get().create(open, () -> completed(open)));
    }

    private void completed(InboxTask task) {
        Notification.show("Done: " + task.name(), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    private void showProblem(String heading, String explanation) {
        Paragraph text = new Paragraph(explanation);
        text.addClassName("task-problem");
        add(new H2(heading), text, new RouterLink("Back to my tasks", InboxView.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
