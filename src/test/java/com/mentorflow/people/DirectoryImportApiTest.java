package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.platform.Roles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** HR systems push the file over REST: dry run first, then the same import with the same rules as the page. */
@MentorflowTest
class DirectoryImportApiTest {

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    private final String run = "R" + Long.toString(System.nanoTime(), 36);

    @Test
    @SuppressWarnings("unchecked")
    void aDryRunAnswersThePreviewAndTheImportKeepsTheRules() {
        Account admin = TestPeople.create(accounts, "api-directory-admin", Roles.ADMIN);
        TestRestTemplate asAdmin = http.withBasicAuth(admin.getUsername(), TestPeople.PASSWORD);
        long active = count("active and employee_id not like 'local-%'");
        String twoRows = TestDirectory.file(List.of(String.join(",", DirectoryImport.COLUMNS), TestDirectory.row(run, 1),
                run + "-bad,Bad Date,bad-" + run + "@example.com,regular,Site,US,,,,,L3,2020-13-45,,en"));

        ResponseEntity<Map> dryRun = asAdmin.postForEntity("/api/directory/imports?dryRun=true&deactivateMissing=true",
                csv(twoRows), Map.class);

        assertThat(dryRun.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> preview = dryRun.getBody();
        assertThat(preview).containsEntry("applied", false).containsEntry("added", 1).containsEntry("refused", 1)
                .containsEntry("missing", (int) active).containsKey("plan");
        assertThat((List<Map<String, Object>>) preview.get("newPeople")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("employeeId", run + "-1").containsEntry("line", 2));
        assertThat((List<Map<String, Object>>) preview.get("refusedRows")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("line", 3).containsEntry("message",
                        "The hire date \"2020-13-45\" is not a date like 2024-03-31."));
        assertThat(preview.get("deactivationRefused").toString()).contains("fewer than half of the " + active);
        assertThat(count("employee_id like ?", run + "-%")).as("a dry run writes nothing").isZero();

        ResponseEntity<Map> refused = asAdmin.postForEntity("/api/directory/imports?deactivateMissing=true",
                csv(twoRows), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((Map<String, String>) refused.getBody().get("problems")).containsKey("deactivateMissing");
        assertThat(count("active and employee_id not like 'local-%'")).isEqualTo(active);

        ResponseEntity<Map> stale = asAdmin.postForEntity("/api/directory/imports?expectedPlan=0000", csv(twoRows), Map.class);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<Map> applied = asAdmin.postForEntity("/api/directory/imports", csv(twoRows), Map.class);
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(applied.getBody()).containsEntry("applied", true).containsEntry("added", 1).containsEntry("deactivated", 0);
        assertThat(count("active and employee_id not like 'local-%'")).isEqualTo(active + 1);
    }

    @Test
    void onlyAdminsImport() {
        Account participant = TestPeople.participant(accounts, "api-directory-participant");
        ResponseEntity<String> answer = http.withBasicAuth(participant.getUsername(), TestPeople.PASSWORD)
                .postForEntity("/api/directory/imports?dryRun=true", csv(DemoPeople.directoryCsv()), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // Without credentials the POST is refused before sign-in is even asked for (CSRF: no session, no Basic).
        assertThat(http.postForEntity("/api/directory/imports?dryRun=true", csv(DemoPeople.directoryCsv()), String.class)
                .getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }

    private static HttpEntity<String> csv(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        return new HttpEntity<>(body, headers);
    }

    private long count(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from mentorflow.employee where " + where, Long.class, args);
    }
}
