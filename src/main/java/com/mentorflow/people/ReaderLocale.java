package com.mentorflow.people;

import com.mentorflow.platform.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sets the language of each page as it opens: the signed-in person's choice, else the best of their browser's
 * languages that Mentorflow speaks, else English. Every text and date on the page then follows the UI's locale.
 */
@Component
class ReaderLocale implements VaadinServiceInitListener {

    private final PreferredLanguages languages;

    ReaderLocale(PreferredLanguages languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> speak(init.getUI(), forThisPage()));
    }

    /** The page's texts, dates and numbers, and its {@code <html lang>} that screen readers pronounce it by. */
    static void speak(UI ui, Locale language) {
        ui.setLocale(language);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
    }

    private Locale forThisPage() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale browser = Languages.fromAcceptLanguage(request == null ? null : request.getHeader("Accept-Language"));
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()) {
            return browser;
        }
        return languages.chosenBy(signedIn.getName()).orElse(browser);
    }
}
