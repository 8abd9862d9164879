package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Inviting everyone in the directory without an account: counts, progress, and no one mailed twice. */
@MentorflowTest
class InvitationsTest {

    @Autowired Invitations invitations;
    @Autowired DirectoryImport directoryImport;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void everyoneWithoutAnAccountIsInvitedOnceWithProgressPerBatch() throws Exception {
        // Other test classes leave directory people without accounts: invite them first, so that afterwards
        // exactly this run's people are without an account or a working link.
        invitations.inviteEveryoneWithoutAccount((done, total) -> { });
        String run = "B" + Long.toString(System.nanoTime(), 36);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(String.join(",", run + "-" + i, "Bulk Person " + i, run.toLowerCase() + "." + i + "@example.com",
                    "regular", "Austin", "US", "America/Chicago", "Cloud", "Org", "Engineering", "L3", "2020-01-01", "", "en"));
        }
        directoryImport.apply(new StringReader(DemoPeople.directoryCsv() + String.join("\n", rows) + "\n"),
                DirectoryImport.Request.withoutDeactivating(), read -> { });
        List<int[]> progress = new ArrayList<>();

        Invitations.BulkReport report = invitations.inviteEveryoneWithoutAccount((done, total) -> progress.add(new int[] {done, total}));

        assertThat(report).isEqualTo(new Invitations.BulkReport(120, 120));
        assertThat(progress).extracting(p -> p[0] + " of " + p[1])
                .containsExactly("0 of 120", "50 of 120", "100 of 120", "120 of 120");
        assertThat(jdbc.queryForObject("select count(distinct l.employee_id) from mentorflow.password_link l "
                + "where l.employee_id like ? and l.closed_at is null", Integer.class, run + "-%")).isEqualTo(120);
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.outbox_message where recipient like ?",
                Integer.class, run.toLowerCase() + ".%@example.com")).isEqualTo(120);
        assertThat(invitations.withoutAccount()).allMatch(Invitations.Invitee::open)
                .filteredOn(invitee -> invitee.employeeId().startsWith(run + "-")).hasSize(120);

        Invitations.BulkReport again = invitations.inviteEveryoneWithoutAccount((done, total) -> { });
        assertThat(again).as("a working link is not sent again").isEqualTo(new Invitations.BulkReport(0, 0));
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.audit_entry where action = 'invitation-everyone' "
                + "and details like '%120 of 120'", Integer.class)).isGreaterThanOrEqualTo(1);
    }

    @Test
    @WithMockUser(username = "maya", roles = "PARTICIPANT")
    void onlyAdminsInvite() {
        assertThatThrownBy(() -> invitations.inviteEveryoneWithoutAccount((done, total) -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite("E1001")).isInstanceOf(AccessDeniedException.class);
    }
}
