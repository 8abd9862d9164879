package com.mentorflow.circles;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Languages;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Admins keep the library Education meetings choose their topic from, and its translations. */
@Route("admin/education-topics")
@Menu(title = "Education topics", order = 83, icon = "vaadin:academy-cap")
@RolesAllowed(Roles.ADMIN_ROLE)
public class EducationTopicsView extends VerticalLayout implements HasDynamicTitle {

    private final EducationTopics library;
    private final EducationTopicTranslations translations;
    private final Grid<EducationTopics.EducationTopic> grid = new Grid<>();
    private final TextField title = new TextField(getTranslation("circles.educationTopics.field.title"));
    private final TextArea description = new TextArea(getTranslation("circles.educationTopics.field.description"));
    private final Checkbox active = new Checkbox(getTranslation("circles.educationTopics.field.active"));
    private final Paragraph error = new Paragraph();
    private final TopicTranslationEditor translationEditor;
    private Long editing;

    public EducationTopicsView(EducationTopics library, EducationTopicTranslations translations) {
        this.library = library;
        this.translations = translations;
        this.translationEditor = new TopicTranslationEditor(translations, () -> grid.getDataProvider().refreshAll());
        setMaxWidth("64rem");
        grid.setId("education-topics");
        grid.addColumn(EducationTopics.EducationTopic::title).setHeader(getTranslation("circles.educationTopics.column.title"))
                .setFlexGrow(1);
        grid.addColumn(t -> getTranslation(t.active() ? "circles.educationTopics.status.offered"
                : "circles.educationTopics.status.off")).setHeader(getTranslation("circles.educationTopics.column.status"))
                .setAutoWidth(true);
        grid.addColumn(this::languages).setHeader(getTranslation("circles.educationTopics.column.translations"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("circles.educationTopics.empty"));
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        title.setId("education-topic-title");
        title.setMaxLength(120);
        description.setId("education-topic-description");
        description.setMaxLength(1000);
        error.addClassName("form-error");
        error.setVisible(false);
        Button save = new Button(getTranslation("circles.educationTopics.save"), click -> save());
        save.setId("education-topic-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button add = new Button(getTranslation("circles.educationTopics.new"), click -> {
            grid.asSingleSelect().clear();
            edit(null);
            title.focus();
        });
        FormLayout form = new FormLayout(title, active, description);
        form.setColspan(description, 2);
        add(new H2(getTranslation("circles.educationTopics.title")),
                new Paragraph(getTranslation("circles.educationTopics.intro")), grid, form, error,
                new HorizontalLayout(save, add), translationEditor);
        refresh();
        edit(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("circles.educationTopics.pageTitle");
    }

    private String languages(EducationTopics.EducationTopic topic) {
        String names = translations.of(topic.id()).keySet().stream().map(Languages::nativeName)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? getTranslation("circles.educationTopics.translations.noneShort") : names;
    }

    private void edit(EducationTopics.EducationTopic topic) {
        editing = topic == null ? null : topic.id();
        title.setValue(topic == null ? "" : topic.title());
        description.setValue(topic == null ? "" : topic.description());
        active.setValue(topic == null || topic.active());
        error.setVisible(false);
        translationEditor.show(editing);
    }

    private void save() {
        Refusals.attempt(error, () -> {
            library.save(CurrentUser.username(), editing, title.getValue(), description.getValue(), active.getValue());
            Notification.show(getTranslation("circles.educationTopics.saved"), 2000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            edit(null);
        });
    }

    private void refresh() {
        grid.setItems(library.all());
    }
}
