package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestMentorships;
import com.mentorflow.people.PersonStatus;
import com.mentorflow.people.Program;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue 14 §6: a mentorship is not ended silently when someone leaves; program managers find it on Needs attention. */
@MentorflowTest
@WithMockUser(username = "leavers-pm", roles = "PROGRAM_MANAGER")
class LeaversAttentionTest {

    @Autowired AttentionLists lists;
    @Autowired TestMentorships pairs;
    @Autowired PersonStatus status;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aMentorshipWhoseMentorLeftIsListedStillRunningAndNudgesOnlyTheOneWhoStayed() {
        TestMentorships.Matched pair = pairs.matched("leaver-pair", Program.OPEN);
        assertThat(find(pair.mentorshipId())).isNull();

        status.deactivateAccount(pair.mentor().getId(), "test-admin");

        AttentionLists.Item item = find(pair.mentorshipId());
        assertThat(item).isNotNull();
        assertThat(item.detail()).isEqualTo("the mentor " + pair.mentor().getDisplayName()
                + " is deactivated; the mentorship is still running");
        assertThat(item.since()).isNotNull();
        assertThat(jdbc.queryForObject("select status from mentorflow.mentorship where id = ?", String.class,
                pair.mentorshipId())).isEqualTo("ACTIVE");

        lists.nudge("leavers-pm", item, "Shall we find you a new mentor?");
        assertThat(mailsFrom(pair.mentee().getEmail())).isEqualTo(1);
        assertThat(mailsFrom(pair.mentor().getEmail())).as("the one who left is not mailed").isZero();

        status.reactivateAccount(pair.mentor().getId(), "test-admin");
        assertThat(find(pair.mentorshipId())).isNull();
    }

    private AttentionLists.Item find(long mentorshipId) {
        int total = lists.count(AttentionLists.Kind.LEAVERS);
        List<AttentionLists.Item> page = lists.page(AttentionLists.Kind.LEAVERS, 0, Math.max(total, 1));
        return page.stream().filter(i -> i.id() == mentorshipId).findFirst().orElse(null);
    }

    private int mailsFrom(String email) {
        return jdbc.queryForObject("select count(*) from mentorflow.outbox_message where recipient = ? "
                + "and subject like 'A note from your program manager%'", Integer.class, email);
    }
}
