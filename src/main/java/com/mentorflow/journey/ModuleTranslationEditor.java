package com.mentorflow.journey;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The module's translations on the catalogue page: pick Spanish, German or Hindi, write the same texts as in
 * English, save or remove. A language without a translation shows empty fields and says its readers read English.
 */
class ModuleTranslationEditor extends VerticalLayout {

    private final ModuleTranslations translations;
    private final Runnable changed;
    private final Select<Locale> language = new Select<>();
    private final Paragraph state = new Paragraph();
    private final TextField title = new TextField(getTranslation("journey.catalog.field.title"));
    private final TextArea summary = new TextArea(getTranslation("journey.catalog.field.summary"));
    private final TextArea actionItems = new TextArea(getTranslation("journey.catalog.field.actionItems"));
    private final TextArea resources = new TextArea(getTranslation("journey.catalog.field.resources"));
    private final TextArea insight = new TextArea(getTranslation("journey.catalog.field.insight"));
    private final Paragraph error = Refusals.errorText("module-translation-error");
    private final Button remove = new Button(getTranslation("journey.catalog.translations.remove"), click -> remove());
    private LearningModule module;

    /** @param changed told after a save or removal, so the page can show which languages a module has */
    ModuleTranslationEditor(ModuleTranslations translations, Runnable changed) {
        this.translations = translations;
        this.changed = changed;
        setPadding(false);
        language.setLabel(getTranslation("journey.catalog.translations.language"));
        language.setId("module-translation-language");
        language.setItems(ModuleTranslations.LANGUAGES);
        language.setItemLabelGenerator(Languages::nativeName);
        language.setValue(ModuleTranslations.LANGUAGES.get(0));
        language.addValueChangeListener(change -> load());
        title.setId("module-translation-title");
        title.setMaxLength(120);
        summary.setId("module-translation-summary");
        summary.setMaxLength(1000);
        actionItems.setId("module-translation-action-items");
        actionItems.setHelperText(getTranslation("journey.catalog.translations.actionItemsHelp"));
        resources.setId("module-translation-resources");
        resources.setHelperText(getTranslation("journey.catalog.translations.resourcesHelp"));
        insight.setId("module-translation-insight");
        state.setId("module-translation-state");
        Button save = new Button(getTranslation("journey.catalog.translations.save"), click -> save());
        save.setId("module-translation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.setId("module-translation-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(title, summary, actionItems, resources, insight);
        HorizontalLayout buttons = new HorizontalLayout(save, remove);
        buttons.setWrap(true);
        add(new H3(getTranslation("journey.catalog.translations.title")),
                new Paragraph(getTranslation("journey.catalog.translations.intro")), language, state, form, error, buttons);
    }

    void show(LearningModule module) {
        this.module = module;
        load();
    }

    private void load() {
        error.setVisible(false);
        if (module == null || language.getValue() == null) {
            return;
        }
        Optional<LearningModule> translated = Optional.ofNullable(translations.of(module.number()).get(language.getValue()));
        String name = Languages.nativeName(language.getValue());
        state.setText(getTranslation(translated.isPresent() ? "journey.catalog.translations.exists"
                : "journey.catalog.translations.none", name));
        remove.setEnabled(translated.isPresent());
        title.setValue(translated.map(LearningModule::title).orElse(""));
        summary.setValue(translated.map(LearningModule::summary).orElse(""));
        actionItems.setValue(translated.map(t -> String.join("\n", t.actionItems())).orElse(""));
        resources.setValue(translated.filter(t -> !t.resources().equals(module.resources()))
                .map(t -> t.resources().stream().map(r -> r.kind() + "|" + r.title() + "|" + r.link())
                        .collect(Collectors.joining("\n"))).orElse(""));
        insight.setValue(translated.map(LearningModule::mentorInsight).orElse(""));
    }

    private void save() {
        Locale chosen = language.getValue();
        if (Refusals.attempt(error, () -> translations.save(module.number(), chosen, title.getValue(), summary.getValue(),
                actionItems.getValue(), resources.getValue(), insight.getValue(), CurrentUser.username()))) {
            Notification.show(getTranslation("journey.catalog.translations.saved", Languages.nativeName(chosen)), 3000,
                    Notification.Position.BOTTOM_START);
            load();
            changed.run();
        }
    }

    private void remove() {
        Locale chosen = language.getValue();
        if (Refusals.attempt(error, () -> translations.remove(module.number(), chosen, CurrentUser.username()))) {
            Notification.show(getTranslation("journey.catalog.translations.removed", Languages.nativeName(chosen)), 3000,
                    Notification.Position.BOTTOM_START);
            load();
            changed.run();
        }
    }
}
