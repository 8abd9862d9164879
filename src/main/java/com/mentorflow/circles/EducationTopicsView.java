package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Admins keep the library Education meetings choose their topic from. */
@Route("admin/education-topics")
@PageTitle("Education topics · Mentorflow")
@Menu(title = "Education topics", order = 83, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.ADMIN_ROLE)
public class EducationTopicsView extends VerticalLayout {

    private final EducationTopics library;
    private final Grid<EducationTopics.EducationTopic> grid = new Grid<>();
    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("What the circle studies or practises");
    private final Checkbox active = new Checkbox("Offered to circles");
    private final Paragraph error = new Paragraph();
    private Long editing;

    public EducationTopicsView(EducationTopics library) {
        this.library = library;
        setMaxWidth("64rem");
        grid.setId("education-topics");
        grid.addColumn(EducationTopics.EducationTopic::title).setHeader("Title").setFlexGrow(1);
        grid.addColumn(t -> t.active() ? "Offered" : "Switched off").setHeader("Status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No topics yet: add the first one below.");
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        title.setId("education-topic-title");
        title.setMaxLength(120);
        description.setId("education-topic-description");
        description.setMaxLength(1000);
        error.addClassName("form-error");
        error.setVisible(false);
        Button save = new Button("Save topic", click -> save());
        save.setId("education-topic-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button("New topic", click -> {
            grid.asSingleSelect().clear();
            edit(null);
            title.focus();
        });
        FormLayout form = new FormLayout(title, active, description);
        form.setColspan(description, 2);
        add(new H2("Education topics"), new Paragraph("Circle managers pick the topic of each Education meeting from "
                + "this library. A topic that is switched off stays on meetings that used it."), grid, form, error,
                new HorizontalLayout(save, add));
        refresh();
        edit(null);
    }

    private void edit(EducationTopics.EducationTopic topic) {
        editing = topic == null ? null : topic.id();
        title.setValue(topic == null ? "" : topic.title());
        description.setValue(topic == null ? "" : topic.description());
        active.setValue(topic == null || topic.active());
        error.setVisible(false);
    }

    private void save() {
        Refusals.attempt(error, () -> {
            library.save(CurrentUser.username(), editing, title.getValue(), description.getValue(), active.getValue());
            Notification.show("Saved.", 2000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            edit(null);
        });
    }

    private void refresh() {
        grid.setItems(library.all());
    }
}
