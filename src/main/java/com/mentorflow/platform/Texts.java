package com.mentorflow.platform;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every text a person reads, in their language: views (through Vaadin's {@code getTranslation}, which asks this),
 * mails, calendar invitations and CSV headers alike. A text is a {@link MessageFormat} pattern, so numbers and plurals
 * follow the language: {@code {0,number,integer}}, {@code {0,choice,0#no meetings|1#one meeting|1<{0} meetings}}.
 * Because every text goes through MessageFormat, an apostrophe is written twice ({@code I''d}); BundleParityTest checks.
 * <p>
 * A language without the key reads English; a key no bundle has reads as the key itself. Both are logged, once: the
 * parity test keeps them out of a build, so the log only ever speaks of a bundle edited on a running server.
 */
public final class Texts {

    private static final Logger log = LoggerFactory.getLogger(Texts.class);
    private static final String ENGLISH = Languages.ENGLISH.getLanguage();
    /** Language, then key: every module's bundle of that language together. */
    private static final Map<String, Map<String, String>> byLanguage = merge(MessageBundles.read());
    private static final Set<String> reported = ConcurrentHashMap.newKeySet();

    private Texts() {
    }

    /** The text for the key in the reader's language (English when null or not ours), arguments filled in. */
    public static String text(Locale reader, String key, Object... arguments) {
        Locale language = Languages.supported(reader);
        String pattern = byLanguage.getOrDefault(language.getLanguage(), Map.of()).get(key);
        if (pattern == null) {
            pattern = byLanguage.getOrDefault(ENGLISH, Map.of()).get(key);
            if (pattern == null) {
                report(key, Languages.ENGLISH, "no bundle has the text ");
                return key;
            }
            report(key, language, "no " + language.getDisplayLanguage(Locale.ENGLISH) + " text for ");
        }
        return new MessageFormat(pattern, language).format(arguments);
    }

    private static void report(String key, Locale language, String problem) {
        if (reported.add(language.getLanguage() + ":" + key)) {
            log.error("{}{}: add it to i18n/{}{}.properties", problem, key, key.substring(0, Math.max(0, key.indexOf('.'))),
                    language.equals(Languages.ENGLISH) ? "" : "_" + language.getLanguage());
        }
    }

    private static Map<String, Map<String, String>> merge(Map<String, Map<String, Map<String, String>>> modules) {
        Map<String, Map<String, String>> merged = new HashMap<>();
        modules.values().forEach(languages -> languages.forEach((language, texts) ->
                merged.computeIfAbsent(language, l -> new HashMap<>()).putAll(texts)));
        return merged;
    }
}
