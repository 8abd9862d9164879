package com.mentorflow.circles;

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

/**
 * A topic's translations on the library page: pick Spanish, German or Hindi, write its title and description, save
 * or remove. Shown once a topic is chosen: a new topic is saved in English first.
 */
class TopicTranslationEditor extends VerticalLayout {

    private final EducationTopicTranslations translations;
    private final Runnable changed;
    private final Select<Locale> language = new Select<>();
    private final Paragraph state = new Paragraph();
    private final TextField title = new TextField(getTranslation("circles.educationTopics.field.title"));
    private final TextArea description = new TextArea(getTranslation("circles.educationTopics.field.description"));
    private final Paragraph error = Refusals.errorText("topic-translation-error");
    private final Button remove = new Button(getTranslation("circles.educationTopics.translations.remove"), click -> remove());
    private Long topicId;

    /** @param changed told after a save or removal, so the page can show which languages a topic has */
    TopicTranslationEditor(EducationTopicTranslations translations, Runnable changed) {
        this.translations = translations;
        this.changed = changed;
        setPadding(false);
        language.setLabel(getTranslation("circles.educationTopics.translations.language"));
        language.setId("topic-translation-language");
        language.setItems(EducationTopicTranslations.LANGUAGES);
        language.setItemLabelGenerator(Languages::nativeName);
        language.setValue(EducationTopicTranslations.LANGUAGES.get(0));
        language.addValueChangeListener(change -> load());
        title.setId("topic-translation-title");
        title.setMaxLength(120);
        description.setId("topic-translation-description");
        description.setMaxLength(1000);
        state.setId("topic-translation-state");
        Button save = new Button(getTranslation("circles.educationTopics.translations.save"), click -> save());
        save.setId("topic-translation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remove.setId("topic-translation-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(title, description);
        form.setColspan(description, 2);
        HorizontalLayout buttons = new HorizontalLayout(save, remove);
        buttons.setWrap(true);
        add(new H3(getTranslation("circles.educationTopics.translations.title")),
                new Paragraph(getTranslation("circles.educationTopics.translations.intro")), language, state, form, error,
                buttons);
        setVisible(false);
    }

    /** @param topicId null for a topic not saved yet, which has nothing to translate */
    void show(Long topicId) {
        this.topicId = topicId;
        setVisible(topicId != null);
        load();
    }

    private void load() {
        error.setVisible(false);
        if (topicId == null || language.getValue() == null) {
            return;
        }
        Optional<EducationTopics.EducationTopic> translated = Optional.ofNullable(translations.of(topicId)
                .get(language.getValue()));
        state.setText(getTranslation(translated.isPresent() ? "circles.educationTopics.translations.exists"
                : "circles.educationTopics.translations.none", Languages.nativeName(language.getValue())));
        remove.setEnabled(translated.isPresent());
        title.setValue(translated.map(EducationTopics.EducationTopic::title).orElse(""));
        description.setValue(translated.map(EducationTopics.EducationTopic::description).orElse(""));
    }

    private void save() {
        Locale chosen = language.getValue();
        if (Refusals.attempt(error, () -> translations.save(CurrentUser.username(), topicId, chosen, title.getValue(),
                description.getValue()))) {
            Notification.show(getTranslation("circles.educationTopics.translations.saved", Languages.nativeName(chosen)),
                    3000, Notification.Position.BOTTOM_START);
            load();
            changed.run();
        }
    }

    private void remove() {
        Locale chosen = language.getValue();
        if (Refusals.attempt(error, () -> translations.remove(CurrentUser.username(), topicId, chosen))) {
            Notification.show(getTranslation("circles.educationTopics.translations.removed", Languages.nativeName(chosen)),
                    3000, Notification.Position.BOTTOM_START);
            load();
            changed.run();
        }
    }
}
