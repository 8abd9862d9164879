package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A directory sync that cannot hurt: deactivation only when asked, never from a file naming fewer than half of the
 * active people, more than 10% only with the number typed, and an import is exactly its preview. The database is
 * shared, so files name everyone active ({@link TestDirectory#everyoneActive}) and leave out only this run's people.
 */
@MentorflowTest
@WithMockUser(username = "sync-admin", roles = "ADMIN")
class DirectorySyncRulesTest {

    @Autowired DirectoryImport directoryImport;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;

    private final String run = "S" + Long.toString(System.nanoTime(), 36);

    @Test
    void aWrongTwoRowFileDeactivatesNobody() throws Exception {
        importAll(everyoneActive());
        long active = activeCount();
        String twoRows = TestDirectory.file(List.of(String.join(",", DirectoryImport.COLUMNS), TestDirectory.row(run, 1),
                run + "-bad,Bad Level,bad-" + run + "@example.com,regular,Site,US,,,,,L11,2020-01-01,,en"));

        DirectoryPreview preview = directoryImport.preview(new StringReader(twoRows), false, read -> { });
        assertThat(preview.added()).isEqualTo(1);
        assertThat(preview.refused()).isEqualTo(1);
        assertThat(preview.missing()).isEqualTo((int) active);
        assertThat(preview.deactivated()).isZero();
        assertThat(preview.deactivatedPeople()).isEmpty();

        DirectoryPreview asked = directoryImport.preview(new StringReader(twoRows), true, read -> { });
        assertThat(asked.deactivationRefused()).isEqualTo("Deactivating everyone missing from the file is refused: the "
                + "file names 2 people, fewer than half of the " + active + " active people in the directory. Upload the "
                + "whole directory export, or import without deactivating.");
        assertThatThrownBy(() -> directoryImport.apply(new StringReader(twoRows),
                new DirectoryImport.Request(true, String.valueOf(active), null), read -> { }))
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).problems()).containsKey("deactivateMissing"));
        assertThat(activeCount()).isEqualTo(active);
        assertThat(count("employee_id = ?", run + "-1")).as("the refused import wrote nothing").isZero();
        assertThat(audit.latest("directory-import-refused", 1)).singleElement()
                .satisfies(entry -> assertThat(entry.get("actor")).isEqualTo("sync-admin"));

        DirectoryPreview applied = directoryImport.apply(new StringReader(twoRows),
                DirectoryImport.Request.withoutDeactivating(), read -> { });
        assertThat(applied.deactivated()).isZero();
        assertThat(activeCount()).isEqualTo(active + 1);
    }

    @Test
    void deactivatingIsRefusedForAFileNamingFewerThanHalfTheActivePeople() throws Exception {
        List<String> everyone = everyoneActive();
        int active = everyone.size() - 1;
        int half = (active + 1) / 2;

        DirectoryPreview halfFile = directoryImport.preview(new StringReader(TestDirectory.file(everyone.subList(0, 1 + half))),
                true, read -> { });
        DirectoryPreview lessThanHalf = directoryImport.preview(new StringReader(TestDirectory.file(everyone.subList(0, half))),
                true, read -> { });

        assertThat(halfFile.deactivationRefused()).isNull();
        assertThat(halfFile.deactivated()).isEqualTo(active - half);
        assertThat(lessThanHalf.deactivationRefused()).contains("the file names " + (half - 1) + " people, fewer than "
                + "half of the " + active + " active people");
        assertThat(lessThanHalf.canApply()).isFalse();
    }

    @Test
    void deactivatingMoreThanTenPercentNeedsTheNumberTypedAndThenDoesExactlyThePreview() throws Exception {
        int before = everyoneActive().size() - 1;
        int mine = before / 5 + 2; // leaving all of them out is more than 10% of everyone
        List<String> withMine = everyoneActive();
        for (int i = 0; i < mine; i++) {
            withMine.add(TestDirectory.row(run, i));
        }
        importAll(withMine);
        List<String> withoutMine = everyoneActive().stream().filter(row -> !row.startsWith(run + "-")).toList();
        String file = TestDirectory.file(withoutMine);

        DirectoryPreview preview = directoryImport.preview(new StringReader(file), true, read -> { });
        assertThat(preview.deactivated()).isEqualTo(mine);
        assertThat(preview.deactivatedPeople()).extracting(DirectoryPreview.Person::employeeId)
                .allMatch(id -> id.startsWith(run + "-")).hasSize(Math.min(mine, DirectoryPlanner.LISTED));
        assertThat(preview.confirmationNeeded()).isEqualTo(String.valueOf(mine));

        for (String typed : new String[] {null, "", "yes", String.valueOf(mine + 1)}) {
            assertThatThrownBy(() -> directoryImport.apply(new StringReader(file),
                    new DirectoryImport.Request(true, typed, preview.plan()), read -> { }))
                    .isInstanceOf(RejectedInputException.class)
                    .hasMessageContaining("confirm with the number " + mine);
        }
        assertThat(count("employee_id like ? and active", run + "-%")).isEqualTo(mine);

        DirectoryPreview applied = directoryImport.apply(new StringReader(file),
                new DirectoryImport.Request(true, " " + mine + " ", preview.plan()), read -> { });

        assertThat(applied).usingRecursiveComparison().ignoringFields("applied").isEqualTo(preview);
        assertThat(count("employee_id like ? and active", run + "-%")).isZero();
        assertThat(count("employee_id like ?", run + "-%")).as("deactivated, not deleted").isEqualTo(mine);
        assertThat(audit.latest("directory-imported", 1)).singleElement().satisfies(entry ->
                assertThat(entry.get("details").toString()).contains(mine + " of " + (before + mine)
                        + " active people deactivated").contains(preview.plan()));

        List<String> back = new ArrayList<>(withoutMine);
        back.add(TestDirectory.row(run, 0));
        DirectoryPreview reactivated = directoryImport.preview(new StringReader(TestDirectory.file(back)), false, read -> { });
        assertThat(reactivated.changedPeople()).singleElement().satisfies(change -> assertThat(change.fields())
                .containsExactly(new DirectoryPreview.FieldChange("active", "no", "yes")));
    }

    @Test
    void aFewLeaversNeedNoTypedConfirmation() throws Exception {
        List<String> withMine = everyoneActive();
        withMine.add(TestDirectory.row(run, 0));
        withMine.add(TestDirectory.row(run, 1));
        importAll(withMine);
        List<String> oneLeft = everyoneActive().stream().filter(row -> !row.startsWith(run + "-1,")).toList();

        DirectoryPreview applied = directoryImport.apply(new StringReader(TestDirectory.file(oneLeft)),
                new DirectoryImport.Request(true, null, null), read -> { });

        assertThat(applied.confirmationNeeded()).isNull();
        assertThat(applied.deactivatedPeople()).extracting(DirectoryPreview.Person::employeeId).containsExactly(run + "-1");
        assertThat(count("employee_id = ? and not active", run + "-1")).isEqualTo(1);
    }

    @Test
    void anImportRefusesAPlanOtherThanThePreviewed() throws Exception {
        List<String> rows = everyoneActive();
        rows.add(TestDirectory.row(run, 0));
        importAll(rows);
        rows.add(TestDirectory.row(run, 1));
        String file = TestDirectory.file(rows);
        DirectoryPreview preview = directoryImport.preview(new StringReader(file), false, read -> { });

        jdbc.update("update mentorflow.employee set full_name = 'Renamed meanwhile' where employee_id = ?", run + "-0");

        assertThatThrownBy(() -> directoryImport.apply(new StringReader(file),
                new DirectoryImport.Request(false, null, preview.plan()), read -> { }))
                .isInstanceOf(ConflictException.class)
                .hasMessage("The directory or the file changed since the preview, so nothing was imported. Look at the "
                        + "new preview and confirm again.");
        assertThat(count("employee_id = ?", run + "-1")).isZero();
        DirectoryPreview again = directoryImport.preview(new StringReader(file), false, read -> { });
        assertThat(again.plan()).isNotEqualTo(preview.plan());
        assertThat(directoryImport.apply(new StringReader(file), new DirectoryImport.Request(false, null, again.plan()),
                read -> { }).added()).isEqualTo(1);
    }

    private List<String> everyoneActive() {
        return new ArrayList<>(TestDirectory.everyoneActive(jdbc));
    }

    private void importAll(List<String> rows) throws Exception {
        directoryImport.apply(new StringReader(TestDirectory.file(rows)), DirectoryImport.Request.withoutDeactivating(),
                read -> { });
    }

    private long activeCount() {
        return count("active and employee_id not like 'local-%'"); // entries made for accounts are not HR's
    }

    private long count(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from mentorflow.employee where " + where, Long.class, args);
    }
}
