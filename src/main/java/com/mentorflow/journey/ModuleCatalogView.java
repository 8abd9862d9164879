package com.mentorflow.journey;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Admins edit the year-one modules: text, release month, action items, resources and mentor insight, and translations. */
@Route("admin/modules")
@Menu(title = "Modules", order = 82, icon = "vaadin:book")
@RolesAllowed(Roles.ADMIN_ROLE)
public class ModuleCatalogView extends VerticalLayout implements HasDynamicTitle {

    private final ModuleCatalog catalog;
    private final ModuleTranslations translations;
    private final Grid<LearningModule> grid = new Grid<>();
    private final TextField title = new TextField(getTranslation("journey.catalog.field.title"));
    private final TextArea summary = new TextArea(getTranslation("journey.catalog.field.summary"));
    private final IntegerField releaseMonth = new IntegerField(getTranslation("journey.catalog.field.releaseMonth"));
    private final IntegerField minutes = new IntegerField(getTranslation("journey.catalog.field.minutes"));
    private final TextArea actionItems = new TextArea(getTranslation("journey.catalog.field.actionItems"));
    private final TextArea resources = new TextArea(getTranslation("journey.catalog.field.resources"));
    private final TextArea insight = new TextArea(getTranslation("journey.catalog.field.insight"));
    private final Paragraph error = Refusals.errorText();
    private final ModuleTranslationEditor translationEditor;
    private LearningModule editing;

    public ModuleCatalogView(ModuleCatalog catalog, ModuleTranslations translations) {
        this.catalog = catalog;
        this.translations = translations;
        this.translationEditor = new ModuleTranslationEditor(translations, () -> grid.getDataProvider().refreshAll());
        setMaxWidth("72rem");
        grid.setId("modules-grid");
        grid.addColumn(LearningModule::number).setHeader(getTranslation("journey.catalog.column.number"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LearningModule::title).setHeader(getTranslation("journey.catalog.column.title")).setFlexGrow(1);
        grid.addColumn(LearningModule::releaseMonth).setHeader(getTranslation("journey.catalog.column.month")).setAutoWidth(true);
        grid.addColumn(LearningModule::estimatedMinutes).setHeader(getTranslation("journey.catalog.column.minutes"))
                .setAutoWidth(true);
        grid.addColumn(this::languages).setHeader(getTranslation("journey.catalog.column.translations")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        Button save = new Button(getTranslation("journey.catalog.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(title, releaseMonth, minutes, summary, actionItems, resources, insight);
        add(new H2(getTranslation("journey.catalog.title")), new Paragraph(getTranslation("journey.catalog.intro")), grid,
                form, error, save, translationEditor);
        grid.setItems(catalog.all());
        edit(catalog.all().get(0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.catalog.pageTitle");
    }

    private String languages(LearningModule module) {
        String names = translations.of(module.number()).keySet().stream().map(Languages::nativeName)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? getTranslation("journey.catalog.translations.noneShort") : names;
    }

    private void edit(LearningModule module) {
        if (module == null) {
            return;
        }
        editing = module;
        title.setValue(module.title());
        summary.setValue(module.summary());
        releaseMonth.setValue(module.releaseMonth());
        minutes.setValue(module.estimatedMinutes());
        actionItems.setValue(String.join("\n", module.actionItems()));
        resources.setValue(module.resources().stream().map(r -> r.kind() + "|" + r.title() + "|" + r.link())
                .collect(Collectors.joining("\n")));
        insight.setValue(module.mentorInsight());
        translationEditor.show(module);
    }

    private void save() {
        if (Refusals.attempt(error, () -> catalog.update(editing.number(), title.getValue(), summary.getValue(),
                releaseMonth.getValue(), minutes.getValue(), actionItems.getValue(), resources.getValue(), insight.getValue(),
                CurrentUser.username()))) {
            Notification.show(getTranslation("journey.catalog.saved", editing.number()), 3000,
                    Notification.Position.BOTTOM_START);
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(catalog.all());
    }
}
