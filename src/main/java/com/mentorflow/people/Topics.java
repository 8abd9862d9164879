package com.mentorflow.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The managed list of topics people grow in or help with (table {@code topic}, maintained by migrations). */
@Component
public class Topics {

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
}
