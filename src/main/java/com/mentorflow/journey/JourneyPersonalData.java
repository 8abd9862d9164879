package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.people.PersonalDataContributor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The mentorship year in "Download my data": per mentorship the meetings (with the private notes the person wrote,
 * never the partner's), goals, the mentee's module work and reflections, and the person's own check-ins. On erasure
 * the person's own free texts are forgotten; what the partner wrote stays theirs.
 */
@Component
class JourneyPersonalData implements PersonalDataContributor {

    private final Mentorships mentorships;
    private final JdbcTemplate jdbc;

    JourneyPersonalData(Mentorships mentorships, JdbcTemplate jdbc) {
        this.mentorships = mentorships;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "mentorshipYears";
    }

    @Override
    public Object export(long accountId) {
        List<Map<String, Object>> years = new ArrayList<>();
        for (Mentorships.Pair pair : mentorships.involving(accountId)) {
            boolean mentee = pair.menteeAccountId() == accountId;
            long id = pair.mentorshipId();
            Map<String, Object> year = new LinkedHashMap<>();
            year.put("mentorshipId", id);
            year.put("program", pair.program().name());
            year.put("myRole", mentee ? "mentee" : "mentor");
            year.put("partner", mentee ? pair.mentorName() : pair.menteeName());
            year.put("meetings", jdbc.queryForList("select number, scheduled_at, duration_minutes, place, held, topics, "
                    + "action_items, logged_at, logged_by = ? as logged_by_me, "
                    + "case when logged_by = ? then private_notes end as my_private_notes "
                    + "from mentorflow.meeting where mentorship_id = ? order by number", accountId, accountId, id));
            year.put("goals", jdbc.queryForList("select text, created_by = ? as added_by_me, created_at, done_at "
                    + "from mentorflow.mentorship_goal where mentorship_id = ? order by id", accountId, id));
            year.put("modules", mentee ? jdbc.queryForList("select p.module_number, m.title, p.items_done, p.reflection, "
                    + "p.completed_at from mentorflow.module_progress p join mentorflow.learning_module m "
                    + "on m.number = p.module_number where p.mentorship_id = ? order by p.module_number", id) : List.of());
            year.put("checkIns", jdbc.queryForList("select month, rating, helped, to_change, private_comment, answered_at "
                    + "from mentorflow.check_in where mentorship_id = ? and account_id = ? order by month", id, accountId));
            years.add(year);
        }
        return years;
    }

    @Override
    public void erase(long accountId) {
        jdbc.update("update mentorflow.meeting set private_notes = null where logged_by = ?", accountId);
        jdbc.update("update mentorflow.check_in set helped = null, to_change = null, private_comment = null "
                + "where account_id = ?", accountId);
        for (Mentorships.Pair pair : mentorships.involving(accountId)) {
            if (pair.menteeAccountId() == accountId) {
                jdbc.update("update mentorflow.module_progress set reflection = null where mentorship_id = ?",
                        pair.mentorshipId());
            }
        }
    }
}
