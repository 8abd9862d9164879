package com.mentorflow.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Which language a person reads mail, calendar invitations and exports in, where no browser is there to ask. The
 * people module answers; other modules reach it through this interface.
 */
public interface ReaderLanguages {

    /** The language the person chose on their profile, else English; one of {@link Languages#ALL}. */
    Locale languageOf(long accountId);

    /** The language the person chose on their profile; empty when they read their browser's (or have no account). */
    Optional<Locale> chosenBy(String username);
}
