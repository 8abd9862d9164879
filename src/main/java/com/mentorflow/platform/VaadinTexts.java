package com.mentorflow.platform;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's way to {@link Texts}: a component's {@code getTranslation(key, ...)} reads in its UI's locale, which the
 * people module sets from the reader's chosen language or their browser's when the page opens.
 */
@Component
class VaadinTexts implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Texts.text(locale, key, params);
    }
}
