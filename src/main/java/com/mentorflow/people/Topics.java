package com.mentorflow.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.mentorflow.platform.Languages;
import com.mentorflow.platform.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The managed list of topics people grow in or help with (table {@code topic}, maintained by migrations). The table's
 * names are English, as the REST API and logs say them; a reader reads the text {@code people.topic.<id>} of
 * i18n/people-topics in their language, or the table's name when no bundle has the key yet.
 */
@Component
public class Topics {

    /** What a topic's text key starts with; the id follows. */
    public static final String KEY_PREFIX = "people.topic.";

    private final JdbcTemplate jdbc;
    private volatile Map<Integer, String> byId;

    Topics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Topic id to name, in id order. */
    public Map<Integer, String> all() {
        Map<Integer, String> topics = byId;
        if (topics == null) {
            Map<Integer, String> loaded = new LinkedHashMap<>();
            jdbc.query("select id, name from mentorflow.topic order by id",
                    row -> {
                        loaded.put(row.getInt("id"), row.getString("name"));
                    });
            topics = Collections.unmodifiableMap(loaded);
            byId = topics;
        }
        return topics;
    }

    public Set<Integer> ids() {
        return all().keySet();
    }

    public String name(int id) {
        return all().getOrDefault(id, "Topic " + id);
    }

    /** The topic's name in the reader's language (English when null or not one of ours). */
    public String name(int id, Locale reader) {
        String key = KEY_PREFIX + id;
        String text = Texts.text(reader, key);
        return text.equals(key) ? name(id) : text;
    }

    /** Topic id to name in the reader's language, in id order. */
    public Map<Integer, String> all(Locale reader) {
        Map<Integer, String> named = new LinkedHashMap<>();
        ids().forEach(id -> named.put(id, name(id, reader)));
        return Collections.unmodifiableMap(named);
    }

    /**
     * How a text kept for later (a match reason) names the topic, so that it is read in its reader's language: the
     * topic's text key, or the table's name when no bundle has the key (read as written, in every language).
     */
    public String spoken(int id) {
        String key = KEY_PREFIX + id;
        return Texts.text(Languages.ENGLISH, key).equals(key) ? name(id) : key;
    }

    /** A topic as {@link #spoken} kept it, in the reader's language; any other words (an older reason's) as written. */
    public static String read(String spoken, Locale reader) {
        return spoken.startsWith(KEY_PREFIX) ? Texts.text(reader, spoken) : spoken;
    }
}
