package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Download my data and erase my account. */
@MentorflowTest
class PrivacyTest {

    @Autowired PersonalDataExport export;
    @Autowired AccountErasure erasure;
    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;

    @Test
    void theExportHoldsEverythingStoredAboutThePerson() {
        Account sam = TestPeople.participant(accounts, "export");
        String taskId = taskService.createTaskQuery().taskAssignee(sam.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, sam.getUsername(), TestProfiles.mentee().named("Sam Export")
                .livingIn("Europe/Rome").goals("Grow")
                .served(new MilitaryBackground(MilitaryBackground.Relation.VETERAN, "Navy", 4, null, null, 2020)).answers());
        long marcus = accounts.findByUsername("marcus").orElseThrow().getId();
        jdbc.update("insert into mentorflow.bookmark values (?, ?, now())", sam.getId(), marcus);

        Map<String, Object> data = export.export(sam.getUsername());

        assertThat(data).containsKeys("account", "profile", "directory", "mail", "bookmarkedMentors");
        assertThat(data.get("account").toString()).contains(sam.getEmail());
        ProfileAnswers answers = (ProfileAnswers) ((Map<?, ?>) data.get("profile")).get("answers");
        assertThat(answers.military().branch()).isEqualTo("Navy");
        assertThat(answers.goalTopics()).containsExactly(1);
        assertThat((List<?>) data.get("bookmarkedMentors")).hasSize(1).first().asString().contains("Marcus Reyes");
    }

    @Test
    void erasingAnonymisesTheAccountEndsItsProcessesAndForgetsItsData() {
        Account gone = TestPeople.participant(accounts, "erase");
        String username = gone.getUsername();
        String email = gone.getEmail();
        var instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(gone.getId().toString()).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
        long marcus = accounts.findByUsername("marcus").orElseThrow().getId();
        jdbc.update("insert into mentorflow.bookmark values (?, ?, now())", gone.getId(), marcus);

        erasure.erase(username);

        assertThat(accounts.findByUsername(username)).isEmpty();
        Map<String, Object> row = jdbc.queryForMap("select username, email, display_name, active, password_hash "
                + "from mentorflow.account where id = ?", gone.getId());
        assertThat(row.get("username")).isEqualTo("erased-" + gone.getId());
        assertThat(row.get("email").toString()).doesNotContain(email);
        assertThat(row.get("display_name")).isEqualTo("Erased participant");
        assertThat(row.get("active")).isEqualTo(false);
        assertThat(row.get("password_hash")).isNull();
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.bookmark where mentee_account_id = ?", Long.class,
                gone.getId())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.outbox_message where recipient = ?", Long.class,
                email)).as("the reminder no longer names them").isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(identityService.createUserQuery().userId(username).count()).isZero();
        assertThat(accounts.profileOf(gone.getId()).orElseThrow().getTimeZone()).isNull();
        assertThat(http.withBasicAuth(username, TestPeople.PASSWORD).getForEntity("/api/tasks", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
