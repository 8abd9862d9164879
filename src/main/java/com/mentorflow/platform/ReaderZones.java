package com.mentorflow.platform;

import com.vaadin.flow.component.UI;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Which time zone a person reads times in. The people module answers (profile, directory, browser, server, in that
 * order); modules below it (notify, tasks, modeler) reach it through this interface, the others may as well.
 */
public interface ReaderZones {

    ZoneId zoneOf(String username);

    ZoneId zoneOf(long accountId);

    /** Times for a mail to this person. */
    default Times forMail(long accountId) {
        return Times.forMail(zoneOf(accountId));
    }

    /** Times for the signed-in person reading a view: their zone, the browser's language. */
    default Times forCurrentReader() {
        return new Times(zoneOf(CurrentUser.username()), browserLocale());
    }

    /** Times for a view only this person reads (their own task form): their zone, the browser's language. */
    default Times forReader(long accountId) {
        return new Times(zoneOf(accountId), browserLocale());
    }

    private static Locale browserLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }
}
