package com.mentorflow.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles as files: one per module and language, {@code i18n/<module>.properties} in English and
 * {@code i18n/<module>_<language>.properties} beside it, read as UTF-8. Each module has files of its own so that work
 * on two modules never touches one file; every key starts with its module's name ({@code tasks.inbox.title}).
 * A module may split its texts into parts, {@code i18n/<module>-<part>.properties} (the admin views' texts apart from
 * the participants'), so that two people translating one module do not edit one file; a part is checked like a bundle.
 */
final class MessageBundles {

    static final String LOCATION = "classpath*:i18n/*.properties";
    private static final Pattern FILE = Pattern.compile("([a-z]+(?:-[a-z]+)?)(?:_([a-z]{2}))?\\.properties");

    private MessageBundles() {
    }

    /** The module a bundle (or a part of one, {@code people-admin}) belongs to: every key starts with its name. */
    static String moduleOf(String bundle) {
        int part = bundle.indexOf('-');
        return part < 0 ? bundle : bundle.substring(0, part);
    }

    /** Bundle, then language ("en" for the file without one), then the file's keys and texts. */
    static Map<String, Map<String, Map<String, String>>> read() {
        Map<String, Map<String, Map<String, String>>> modules = new TreeMap<>();
        try {
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                Matcher name = FILE.matcher(String.valueOf(file.getFilename()));
                if (!name.matches()) {
                    throw new IllegalStateException("A bundle is named <module>[-<part>].properties or <module>[-<part>]_<language>.properties, not "
                            + file.getFilename());
                }
                String language = name.group(2) == null ? Languages.ENGLISH.getLanguage() : name.group(2);
                modules.computeIfAbsent(name.group(1), module -> new TreeMap<>()).put(language, texts(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return modules;
    }

    private static Map<String, String> texts(Resource file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, text) -> texts.put((String) key, (String) text));
        return texts;
    }
}
