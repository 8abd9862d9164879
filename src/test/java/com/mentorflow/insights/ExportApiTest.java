package com.mentorflow.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The program manager's CSV exports over REST: the views' rows, as text/csv, for program managers and admins only. */
@MentorflowTest
class ExportApiTest {

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void programManagersAndAdminsGetEachExportAsCsv() {
        Account manager = TestPeople.create(accounts, "exp-pm", Roles.PROGRAM_MANAGER);
        Account admin = TestPeople.create(accounts, "exp-admin", Roles.ADMIN);
        jdbc.update("update mentorflow.employee set time_zone = 'America/Chicago' where employee_id = "
                + "(select employee_id from mentorflow.account where id = ?)", manager.getId());

        ResponseEntity<String> attention = get(manager, "/api/exports/attention/REQUESTS");
        ResponseEntity<String> approvals = get(admin, "/api/exports/approvals");
        ResponseEntity<String> overview = get(manager, "/api/exports/program-overview?program=OPEN");

        for (ResponseEntity<String> csv : java.util.List.of(attention, approvals, overview)) {
            assertThat(csv.getStatusCode()).as(csv.getBody()).isEqualTo(HttpStatus.OK);
            assertThat(csv.getHeaders().getContentType()).isNotNull()
                    .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.valueOf("text/csv"))).isTrue());
        }
        // Times are in the caller's own zone, named in the header (issue 14 §7).
        assertThat(attention.getBody()).startsWith("list,id,about,why,\"since (America/Chicago time, ISO 8601)\"\r\n");
        assertThat(attention.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attention-requests.csv");
        assertThat(approvals.getBody()).startsWith("decision,about,\"waiting since (");
        assertThat(overview.getBody()).startsWith("figure,value,explanation,").contains("Acceptance rate");
    }

    @Test
    void participantsGetAProblemNotAFile() {
        Account participant = TestPeople.participant(accounts, "exp-participant");
        Account manager = TestPeople.create(accounts, "exp-pm-bad", Roles.PROGRAM_MANAGER);

        ResponseEntity<String> refused = get(participant, "/api/exports/approvals");
        ResponseEntity<String> unknownList = get(manager, "/api/exports/attention/EVERYTHING");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("\"status\":403");
        assertThat(unknownList.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownList.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknownList.getBody()).contains("is not one of [REQUESTS, MENTORSHIPS");
    }

    private ResponseEntity<String> get(Account account, String path) {
        return http.withBasicAuth(account.getUsername(), TestPeople.PASSWORD).getForEntity(path, String.class);
    }
}
