package com.mentorflow.circles;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The employee networks a circle may belong to (a managed list kept by migrations). */
@Component
public class AffinityNetworks {

    private final JdbcTemplate jdbc;

    AffinityNetworks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Integer, String> all() {
        Map<Integer, String> networks = new LinkedHashMap<>();
        jdbc.query("select id, name from mentorflow.affinity_network order by name", row -> {
            networks.put(row.getInt("id"), row.getString("name"));
        });
        return networks;
    }

    boolean exists(int id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from mentorflow.affinity_network where id = ?)",
                Boolean.class, id));
    }
}
