package com.mentorflow.people;

import com.mentorflow.platform.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "Language" on My profile: the browser's, or one Mentorflow speaks, each named in its own words. It applies at once,
 * without saving the profile: the frame and this field switch now, each page from the next one opened.
 */
class LanguageChoice extends Select<String> implements LocaleChangeObserver {

    /** The value for "my browser's language". */
    static final String BROWSER = "";

    LanguageChoice(PreferredLanguages languages, String username) {
        setId("profile-language");
        // Asked each time the items are drawn, so a change of language redraws them in the new one.
        setItemLabelGenerator(tag -> tag.isEmpty() ? getTranslation("people.profile.language.browser")
                : Languages.nativeName(Languages.byTag(tag).orElseThrow()));
        setItems(Stream.concat(Stream.of(BROWSER), Languages.ALL.stream().map(Languages::tag)).toList());
        setValue(languages.chosenBy(username).map(Languages::tag).orElse(BROWSER));
        addValueChangeListener(change -> {
            if (change.isFromClient()) {
                Optional<Locale> chosen = Languages.byTag(change.getValue());
                languages.choose(username, chosen);
                ReaderLocale.speak(UI.getCurrent(), chosen.orElseGet(LanguageChoice::browsers));
                // Redraws "Browser's language" in the new one (not on attach: refreshing there leaves the list empty).
                getListDataView().refreshAll();
            }
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setLabel(getTranslation("people.profile.language.label"));
        setHelperText(getTranslation("people.profile.language.help"));
    }

    private static Locale browsers() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return Languages.fromAcceptLanguage(request == null ? null : request.getHeader("Accept-Language"));
    }
}
