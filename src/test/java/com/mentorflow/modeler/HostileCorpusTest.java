package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every hostile model — each bypass class in every place an expression hides, loops, floods and code by other
 * means — is refused with its reason through the Models page's service and through /engine-rest, nothing is
 * deployed, and each refusal is in the audit log.
 */
@MentorflowTest
class HostileCorpusTest {

    @Autowired ModelDeployments models;
    @Autowired RepositoryService repositoryService;
    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    record Hostile(String name, String file, byte[] content, String refusal) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Hostile> corpus() {
        List<Hostile> corpus = new ArrayList<>();
        HostileExpressions.all().forEach(c -> corpus.add(new Hostile(c.toString(), c.file(),
                c.xml().getBytes(StandardCharsets.UTF_8), "The expression ")));
        RunawayModels.all().forEach(c -> corpus.add(new Hostile(c.name(), c.file(), c.content(), c.refusal())));
        return corpus;
    }

    @Test
    void theCorpusHoldsMoreThanFortyModels() {
        assertThat(corpus()).hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @WithMockUser(username = "corpus-admin", roles = "ADMIN")
    void isRefusedWithItsReasonWhicheverWayItComes(Hostile hostile) {
        long deployments = repositoryService.createDeploymentQuery().count();

        assertThatThrownBy(() -> models.deploy("corpus-admin", hostile.file(), hostile.content(), "Hostile: " + hostile.name()))
                .isInstanceOfSatisfying(RejectedInputException.class, e ->
                        assertThat(String.join(" ", e.problems().values())).contains(hostile.refusal()));

        Account admin = TestPeople.create(accounts, "corpus-rest", Roles.ADMIN);
        ResponseEntity<String> response = EngineRestDeployments.deploy(http, admin, "hostile", hostile.file(), hostile.content());
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains(hostile.refusal().replace("\"", "\\\""));

        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(jdbc.queryForList("select actor from mentorflow.audit_entry where action = 'model-refused' and details like ?",
                String.class, hostile.file() + " %")).contains("corpus-admin", admin.getUsername());
    }
}
