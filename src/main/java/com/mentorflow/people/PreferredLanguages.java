package com.mentorflow.people;

import com.mentorflow.platform.Languages;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.ReaderLanguages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each person chose to read Mentorflow in, or none (their browser's, then). Mail, calendar invitations
 * and exports ask {@link #languageOf(long)}; the app reads it when a page opens. Holds the SQL of
 * account.preferred_language, so it also gives the choice to "Download my data" and forgets it with the account.
 */
@Service
public class PreferredLanguages implements ReaderLanguages, PersonalDataContributor {

    private final JdbcTemplate jdbc;

    PreferredLanguages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Locale languageOf(long accountId) {
        return chosen(jdbc.queryForList("select preferred_language from mentorflow.account where id = ?", String.class,
                accountId)).orElse(Languages.ENGLISH);
    }

    /** The person's choice; empty when they read their browser's language. */
    @Transactional(readOnly = true)
    public Optional<Locale> chosenBy(String username) {
        return chosen(jdbc.queryForList("select preferred_language from mentorflow.account where username = ?", String.class,
                username));
    }

    /** One of {@link Languages#ALL}, or empty to read the browser's language again. */
    @Transactional
    public void choose(String username, Optional<Locale> language) {
        String tag = language.map(Languages::tag).orElse(null);
        if (jdbc.update("update mentorflow.account set preferred_language = ? where username = ?", tag, username) == 0) {
            throw new NotPermittedException("There is no account for you.");
        }
    }

    @Override
    public String section() {
        return "language";
    }

    @Override
    public Object export(long accountId) {
        return java.util.Collections.singletonMap("preferredLanguage", chosen(jdbc.queryForList(
                "select preferred_language from mentorflow.account where id = ?", String.class, accountId)).map(Languages::tag).orElse(null));
    }

    @Override
    public void erase(long accountId) {
        jdbc.update("update mentorflow.account set preferred_language = null where id = ?", accountId);
    }

    private static Optional<Locale> chosen(List<String> rows) {
        return rows.stream().filter(java.util.Objects::nonNull).findFirst().flatMap(Languages::byTag);
    }
}
