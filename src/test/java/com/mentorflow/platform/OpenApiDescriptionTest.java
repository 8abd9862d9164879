package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The OpenAPI description integrators start from: title, the build's version, module tags, and how to sign in. */
@MentorflowTest
class OpenApiDescriptionTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired TestRestTemplate http;
    @Autowired AccountService accounts;
    @Autowired BuildProperties build;

    @Test
    void titledWithTheBuildsVersionAndTheModulesAsTags() throws Exception {
        JsonNode api = description();

        assertThat(api.at("/info/title").asText()).isEqualTo("Mentorflow API");
        assertThat(api.at("/info/version").asText()).isEqualTo(build.getVersion()).isNotBlank();
        assertThat(api.at("/info/description").asText()).contains("application/problem+json", "X-CSRF-TOKEN", "/scim/v2");
        Set<String> tags = new HashSet<>();
        api.get("tags").forEach(tag -> {
            assertThat(tags.add(tag.get("name").asText())).as("tag %s listed once", tag.get("name")).isTrue();
            assertThat(tag.get("description").asText()).isNotBlank();
        });
        assertThat(tags).contains("People", "Matching", "Journey", "Circles", "Tasks", "Insights", "Modeler", "SCIM");
    }

    @Test
    void describesBasicTheSessionCookieAndTheScimBearerToken() throws Exception {
        JsonNode schemes = description().at("/components/securitySchemes");

        assertThat(schemes.at("/basicAuth/type").asText()).isEqualTo("http");
        assertThat(schemes.at("/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(schemes.at("/sessionCookie/type").asText()).isEqualTo("apiKey");
        assertThat(schemes.at("/sessionCookie/in").asText()).isEqualTo("cookie");
        assertThat(schemes.at("/sessionCookie/name").asText()).isEqualTo("JSESSIONID");
        assertThat(schemes.at("/sessionCookie/description").asText()).contains("X-CSRF-TOKEN");
        assertThat(schemes.at("/scimBearer/type").asText()).isEqualTo("http");
        assertThat(schemes.at("/scimBearer/scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.at("/scimBearer/description").asText()).contains("/scim/v2", "MENTORFLOW_SCIM_TOKEN");
    }

    @Test
    void everyOperationHasAModuleTagItsSecurityAndWhoMayCallIt() throws Exception {
        JsonNode api = description();
        Set<String> declared = new HashSet<>();
        api.get("tags").forEach(tag -> declared.add(tag.get("name").asText()));
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                assertThat(operation.get("tags")).as("%s has a tag", name).isNotEmpty();
                operation.get("tags").forEach(tag -> assertThat(declared).as("%s: tag %s is a module", name, tag).contains(tag.asText()));
                Set<String> schemes = new HashSet<>();
                assertThat(operation.get("security")).as("%s states its security", name).isNotEmpty();
                operation.get("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
                if (path.getKey().startsWith("/scim/")) {
                    assertThat(schemes).as(name).containsExactly("scimBearer");
                } else {
                    assertThat(schemes).as(name).containsExactlyInAnyOrder("basicAuth", "sessionCookie");
                    assertThat(operation.path("description").asText()).as("%s says who may call it", name)
                            .contains("Who may call it: `");
                    assertThat(operation.at("/responses/default/content/application~1problem+json/schema/$ref").asText())
                            .as("%s documents its errors", name).isEqualTo("#/components/schemas/Problem");
                }
            }
        }
        assertThat(operations).as("operations described").isGreaterThan(20);
        assertThat(api.at("/components/schemas/Problem/properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(api.at("/paths/~1api~1requests~1{requestId}~1accept/post/description").asText())
                .contains("hasRole('PARTICIPANT')");
        assertThat(api.at("/paths/~1api~1requests~1open/get/tags/0").asText()).isEqualTo("Matching");
        assertThat(api.at("/paths/~1api~1tasks/get/tags/0").asText()).isEqualTo("Tasks");
    }

    @Test
    void swaggerUiIsServedToSignedInPeople() {
        Account reader = TestPeople.participant(accounts, "swagger");
        TestRestTemplate noRedirects = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .withBasicAuth(reader.getUsername(), TestPeople.PASSWORD);

        ResponseEntity<String> docs = noRedirects.getForEntity("/api/docs", String.class);
        assertThat(docs.getStatusCode().is3xxRedirection()).as(String.valueOf(docs.getStatusCode())).isTrue();
        ResponseEntity<String> page = noRedirects.getForEntity(docs.getHeaders().getLocation().getPath(), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Swagger UI");
        assertThat(http.getForEntity("/api/docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void moduleTagsComeFromTheControllersPackage() {
        assertThat(ApiDocumentation.moduleOf("com.mentorflow.journey")).isEqualTo("Journey");
        assertThat(ApiDocumentation.moduleOf("com.mentorflow.people.scim")).isEqualTo("SCIM");
        assertThat(ApiDocumentation.moduleOf("com.mentorflow.insights.export")).isEqualTo("Insights");
    }

    private JsonNode description() throws Exception {
        Account reader = TestPeople.participant(accounts, "openapi");
        ResponseEntity<String> response = http.withBasicAuth(reader.getUsername(), TestPeople.PASSWORD)
                .getForEntity("/api/openapi", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }
}
