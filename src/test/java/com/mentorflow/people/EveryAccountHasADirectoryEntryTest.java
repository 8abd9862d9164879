package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 14 §3: no account exists without a directory entry (the first admin and the demo people included). */
@MentorflowTest
class EveryAccountHasADirectoryEntryTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void afterStartUpEveryAccountButErasedOnesHasADirectoryEntry() {
        assertThat(jdbc.queryForList("select username from mentorflow.account a where a.email not like '%@erased.invalid' "
                + "and not exists (select 1 from mentorflow.employee e where e.employee_id = a.employee_id)", String.class))
                .isEmpty();
        assertThat(jdbc.queryForObject("select employee_id from mentorflow.account where username = 'admin'", String.class))
                .as("the demo admin, whom the directory file does not name").isEqualTo("local-admin");
        assertThat(jdbc.queryForObject("select employee_id from mentorflow.account where username = 'maya'", String.class))
                .as("linked by e-mail to HR's entry").isEqualTo("E1001");
    }
}
