package com.mentorflow.platform;

import java.util.Locale;

/**
 * Which language a person reads mail, calendar invitations and exports in, where no browser is there to ask. The
 * people module answers; other modules reach it through this interface.
 */
public interface ReaderLanguages {

    /** The language the person chose on their profile, else English; one of {@link Languages#ALL}. */
    Locale languageOf(long accountId);
}
