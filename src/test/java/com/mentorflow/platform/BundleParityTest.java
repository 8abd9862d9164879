package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every module's bundle says the same things in every language: no key one language has and another lacks, no empty
 * text, the same placeholders, a pattern MessageFormat reads as meant, and keys that start with their module's name.
 * Each check also runs on a broken bundle, to show it would see the problem.
 */
class BundleParityTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Map<String, Map<String, Map<String, String>>> BUNDLES = MessageBundles.read();
    /** One of each problem: Spanish lacks x.b, German's x.a is empty, Hindi's x.b drops {1} and quotes one apostrophe. */
    private static final Map<String, Map<String, Map<String, String>>> BROKEN = Map.of("x", Map.of(
            "en", Map.of("x.a", "Meeting", "x.b", "{0} in {1}"),
            "es", Map.of("x.a", "Reunión"),
            "de", Map.of("x.a", " ", "x.b", "{0} in {1}"),
            "hi", Map.of("x.a", "बैठक", "x.b", "{0}'s clock", "y.c", "elsewhere")));

    @Test
    void everyModuleHasItsBundleInEveryLanguage() {
        assertThat(BUNDLES).containsKeys("ui", "tasks", "people", "platform");
        List<String> ours = Languages.ALL.stream().map(java.util.Locale::getLanguage).toList();
        BUNDLES.forEach((module, languages) -> assertThat(languages.keySet()).as(module).containsExactlyInAnyOrderElementsOf(ours));
    }

    @Test
    void everyLanguageOfAModuleHasTheSameKeys() {
        assertThat(lacking(BUNDLES)).isEmpty();
        assertThat(lacking(BROKEN)).containsExactlyInAnyOrder("i18n/x_es.properties lacks x.b",
                "i18n/x.properties lacks y.c", "i18n/x_es.properties lacks y.c", "i18n/x_de.properties lacks y.c");
    }

    @Test
    void noTextIsEmptyAndEveryKeyStartsWithItsModule() {
        assertThat(misplacedOrEmpty(BUNDLES)).isEmpty();
        assertThat(misplacedOrEmpty(BROKEN)).containsExactlyInAnyOrder("i18n/x_de.properties: x.a is empty",
                "i18n/x_hi.properties: y.c does not start with x.");
    }

    @Test
    void everyLanguageFillsInTheSamePlaceholders() {
        assertThat(placeholdersDiffer(BUNDLES)).isEmpty();
        assertThat(placeholdersDiffer(BROKEN)).containsExactly("i18n/x_hi.properties: x.b fills in [0], English [0, 1]");
    }

    /** A module split into parts ({@code people-admin}) must not say one key twice: the later file would win silently. */
    @Test
    void noKeyIsInTwoPartsOfAModule() {
        assertThat(twice(BUNDLES)).isEmpty();
        Map<String, Map<String, Map<String, String>>> parts = Map.of(
                "x", Map.of("en", Map.of("x.a", "Meeting")), "x-admin", Map.of("en", Map.of("x.a", "Session", "x.b", "Topic")));
        assertThat(twice(parts)).containsExactly("x.a is in more than one en bundle of x");
    }

    private static List<String> twice(Map<String, Map<String, Map<String, String>>> bundles) {
        Map<String, String> firstBundle = new java.util.HashMap<>();
        List<String> problems = new ArrayList<>();
        each(bundles, (bundle, language, key, text) -> {
            if (firstBundle.putIfAbsent(language + ":" + key, bundle) != null) {
                problems.add(key + " is in more than one " + language + " bundle of " + MessageBundles.moduleOf(bundle));
            }
        });
        return problems;
    }

    /** An apostrophe alone starts a quote in MessageFormat and swallows what follows: write it twice. */
    @Test
    void everyTextIsAPatternMessageFormatReadsAsMeant() {
        assertThat(badPatterns(BUNDLES)).isEmpty();
        assertThat(badPatterns(BROKEN)).containsExactly("i18n/x_hi.properties: x.b has a single apostrophe; write '' for one");
    }

    private static List<String> lacking(Map<String, Map<String, Map<String, String>>> modules) {
        List<String> problems = new ArrayList<>();
        modules.forEach((module, languages) -> {
            Set<String> all = new TreeSet<>();
            languages.values().forEach(texts -> all.addAll(texts.keySet()));
            languages.forEach((language, texts) -> all.stream().filter(key -> !texts.containsKey(key))
                    .forEach(key -> problems.add(file(module, language) + " lacks " + key)));
        });
        return problems;
    }

    private static List<String> misplacedOrEmpty(Map<String, Map<String, Map<String, String>>> modules) {
        List<String> problems = new ArrayList<>();
        each(modules, (module, language, key, text) -> {
            if (text.isBlank()) {
                problems.add(file(module, language) + ": " + key + " is empty");
            }
            if (!key.startsWith(MessageBundles.moduleOf(module) + ".")) {
                problems.add(file(module, language) + ": " + key + " does not start with " + MessageBundles.moduleOf(module) + ".");
            }
        });
        return problems;
    }

    private static List<String> placeholdersDiffer(Map<String, Map<String, Map<String, String>>> modules) {
        List<String> problems = new ArrayList<>();
        each(modules, (module, language, key, text) -> {
            String english = modules.get(module).get("en").get(key);
            if (english != null && !placeholders(text).equals(placeholders(english))) {
                problems.add(file(module, language) + ": " + key + " fills in " + placeholders(text) + ", English "
                        + placeholders(english));
            }
        });
        return problems;
    }

    private static List<String> badPatterns(Map<String, Map<String, Map<String, String>>> modules) {
        List<String> problems = new ArrayList<>();
        each(modules, (module, language, key, text) -> {
            if (text.replace("''", "").contains("'")) {
                problems.add(file(module, language) + ": " + key + " has a single apostrophe; write '' for one");
            }
            try {
                new MessageFormat(text);
            } catch (IllegalArgumentException broken) {
                problems.add(file(module, language) + ": " + key + " is no MessageFormat pattern: " + broken.getMessage());
            }
        });
        return problems;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static void each(Map<String, Map<String, Map<String, String>>> modules, Text check) {
        modules.forEach((module, languages) -> languages.forEach((language, texts) ->
                texts.forEach((key, text) -> check.test(module, language, key, text))));
    }

    private static String file(String module, String language) {
        return "i18n/" + module + (language.equals("en") ? "" : "_" + language) + ".properties";
    }

    private interface Text {
        void test(String module, String language, String key, String text);
    }
}
