package com.mentorflow.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mentorflow.MentorflowTest;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.Roles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Users as Okta and Entra ID provision them, with the request bodies their documentation gives (resources/scim). */
@MentorflowTest
class ScimUsersTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService signIn;
    @Autowired JdbcTemplate jdbc;
    @Autowired RecordedPersonEvents events;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void oktaCreatesFindsReplacesDeactivatesAndReactivatesAPerson() {
        ScimTestClient okta = ScimTestClient.withToken(port);
        Map<String, String> person = Map.of("test.user@okta.local", "okta." + run + "@example.com",
                "00ujl29u0le5T6Aj10h7", "00u" + run);

        ScimTestClient.Answer created = okta.send("POST", "/Users", ScimTestClient.body("okta/create-user.json", person));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/scim+json");
        String id = created.body().path("id").asText();
        assertThat(created.body().path("userName").asText()).isEqualTo("okta." + run + "@example.com");
        assertThat(created.body().path("active").asBoolean()).isTrue();
        assertThat(created.body().path("meta").path("location").asText()).endsWith("/scim/v2/Users/" + id);
        Account account = accounts.findById(Long.parseLong(id)).orElseThrow();
        assertThat(account.getUsername()).as("derived from the userName").isEqualTo("okta." + run);
        assertThat(account.getEmail()).isEqualTo("okta." + run + "@example.com");
        assertThat(account.getDisplayName()).isEqualTo("Test User");
        assertThat(account.getRoles()).containsExactly(Roles.PARTICIPANT);
        assertThat(account.isProvisionedByScim()).isTrue();
        assertThat(account.getScimExternalId()).isEqualTo("00u" + run);
        assertThat(account.getEmployeeId()).as("one person: the directory entry and the account").isEqualTo("scim-" + id);
        assertThat(jdbc.queryForObject("select full_name from mentorflow.employee where employee_id = ?", String.class,
                account.getEmployeeId())).isEqualTo("Test User");
        assertThat(signIn.loadUserByUsername(account.getUsername()).isEnabled()).isTrue();
        assertThat(signIn.loadUserByUsername(account.getUsername()).getPassword())
                .as("Okta's password is not kept: the person signs in through SSO").isEqualTo("$2a$10$" + "0".repeat(53));

        ScimTestClient.Answer found = okta.filter("/Users", "userName eq \"OKTA." + run + "@example.com\"", "startIndex=1&count=100");
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().path("totalResults").asInt()).isEqualTo(1);
        assertThat(found.body().path("Resources").get(0).path("id").asText()).isEqualTo(id);
        assertThat(okta.filter("/Users", "userName eq \"nobody." + run + "@example.com\"", null).body().path("totalResults").asInt())
                .isZero();

        ScimTestClient.Answer replaced = okta.send("PUT", "/Users/" + id, ScimTestClient.body("okta/put-user.json",
                Map.of("test.user@okta.local", "okta." + run + "@example.com", "23a35c27-23d3-4c03-b4c5-6443c09e7173", id)));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("name").path("givenName").asText()).isEqualTo("Another");
        assertThat(replaced.body().path("displayName").asText()).as("no displayName sent: made of the name parts")
                .isEqualTo("Another User");

        ScimTestClient.Answer deactivated = okta.send("PATCH", "/Users/" + id, ScimTestClient.body("okta/deactivate-user.json", Map.of()));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().path("active").asBoolean()).isFalse();
        assertThat(accounts.findById(account.getId()).orElseThrow().isActive()).isFalse();
        assertThat(signIn.loadUserByUsername(account.getUsername()).isEnabled()).as("can no longer sign in").isFalse();
        assertThat(jdbc.queryForObject("select active from mentorflow.employee where employee_id = ?", Boolean.class,
                account.getEmployeeId())).isFalse();
        assertThat(events.deactivations(account.getId())).singleElement()
                .satisfies(event -> assertThat(event.by()).isEqualTo("scim"));
        assertThat(okta.get("/Users/" + id).body().path("active").asBoolean()).as("still found, inactive").isFalse();

        ScimTestClient.Answer reactivated = okta.send("PATCH", "/Users/" + id, ScimTestClient.body("okta/activate-user.json", Map.of()));
        assertThat(reactivated.body().path("active").asBoolean()).isTrue();
        assertThat(signIn.loadUserByUsername(account.getUsername()).isEnabled()).isTrue();
        assertThat(events.reactivations(account.getId())).hasSize(1);
    }

    @Test
    void entraIdCreatesFindsByWorkEmailAndPatchesInItsDialect() {
        ScimTestClient entra = ScimTestClient.withToken(port);
        String userName = "Test_User_" + run;
        ScimTestClient.Answer created = entra.send("POST", "/Users", ScimTestClient.body("entra/create-user.json", Map.of(
                "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee", userName,
                "Test_User_11bb11bb-cc22-dd33-ee44-55ff55ff55ff@testuser.com", "entra." + run + "@testuser.com",
                "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef", "ext-" + run)));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asText();
        assertThat(created.body().path("displayName").asText()).isEqualTo("givenName familyName");

        ScimTestClient.Answer byEmail = entra.filter("/Users", "emails[type eq \"work\"].value eq \"entra." + run + "@testuser.com\"", null);
        assertThat(byEmail.body().path("Resources").get(0).path("id").asText()).isEqualTo(id);
        assertThat(entra.filter("/Users", "externalId eq \"ext-" + run + "\"", null).body().path("totalResults").asInt()).isEqualTo(1);

        ScimTestClient.Answer multi = entra.send("PATCH", "/Users/" + id, ScimTestClient.body("entra/update-user-multi-valued.json",
                Map.of("updatedEmail@microsoft.com", "updated." + run + "@microsoft.com")));
        assertThat(multi.status()).isEqualTo(200);
        assertThat(multi.body().path("emails").get(0).path("value").asText()).isEqualTo("updated." + run + "@microsoft.com");
        assertThat(multi.body().path("name").path("familyName").asText()).isEqualTo("updatedFamilyName");
        Account account = accounts.findById(Long.parseLong(id)).orElseThrow();
        assertThat(account.getEmail()).isEqualTo("updated." + run + "@microsoft.com");
        assertThat(account.getDisplayName()).isEqualTo("givenName updatedFamilyName");

        // Without Entra's compliance flag: one op per path, and an employee number for someone created without one.
        ScimTestClient.Answer several = entra.send("PATCH", "/Users/" + id, ScimTestClient.body("entra/replace-multiple-attributes.json",
                Map.of("TestBcwqnm@test.microsoft.com", "several." + run + "@test.microsoft.com", "Eqpj", "E-" + run)));
        assertThat(several.status()).isEqualTo(200);
        assertThat(several.body().path("displayName").asText()).isEqualTo("Pvlo");
        assertThat(several.body().path(ScimJson.ENTERPRISE).path("employeeNumber").asText()).isEqualTo("E-" + run);
        account = accounts.findById(account.getId()).orElseThrow();
        assertThat(account.getEmployeeId()).as("the directory entry now has the HR id").isEqualTo("E-" + run);
        assertThat(account.getScimExternalId()).isEqualTo("E-" + run);
        assertThat(jdbc.queryForObject("select count(*) from mentorflow.employee where employee_id = ?", Integer.class, "scim-" + id))
                .isZero();

        // With the flag: paths as the keys of one value object.
        ScimTestClient.Answer compliant = entra.send("PATCH", "/Users/" + id, ScimTestClient.body(
                "entra/replace-multiple-attributes-compliant.json",
                Map.of("TestMhvaes@test.microsoft.com", "compliant." + run + "@test.microsoft.com", "Aklq", "E-" + run)));
        assertThat(compliant.status()).isEqualTo(200);
        assertThat(compliant.body().path("name").path("givenName").asText()).isEqualTo("Kkom");
        assertThat(compliant.body().path("displayName").asText()).isEqualTo("Bjfe");
        assertThat(compliant.body().path("emails").get(0).path("value").asText()).isEqualTo("compliant." + run + "@test.microsoft.com");

        ScimTestClient.Answer changedEmployee = entra.send("PATCH", "/Users/" + id, ScimTestClient.body(
                "entra/replace-multiple-attributes-compliant.json", Map.of("TestMhvaes@test.microsoft.com",
                        "compliant." + run + "@test.microsoft.com", "Aklq", "OTHER-" + run)));
        assertThat(changedEmployee.status()).as("an HR employee id does not change over SCIM").isEqualTo(400);
        assertThat(changedEmployee.body().path("scimType").asText()).isEqualTo("invalidValue");

        String newUserName = run + "@testuser.com";
        ScimTestClient.Answer renamed = entra.send("PATCH", "/Users/" + id, ScimTestClient.body("entra/update-user-single-valued.json",
                Map.of("5b50642d-79fc-4410-9e90-4c077cdd1a59@testuser.com", newUserName)));
        assertThat(renamed.body().path("userName").asText()).isEqualTo(newUserName);
        assertThat(entra.filter("/Users", "userName eq \"" + newUserName + "\"", null).body().path("totalResults").asInt()).isEqualTo(1);
        assertThat(accounts.findById(account.getId()).orElseThrow().getUsername()).as("the sign-in name stays")
                .isEqualTo(account.getUsername());

        ScimTestClient.Answer disabled = entra.send("PATCH", "/Users/" + id, ScimTestClient.body("entra/disable-user-string.json", Map.of()));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().path("active").asBoolean()).as("\"False\" as a string").isFalse();
        assertThat(events.deactivations(account.getId())).hasSize(1);
        entra.send("PATCH", "/Users/" + id, ScimTestClient.body("entra/disable-user-string.json", Map.of("False", "True")));
        assertThat(signIn.loadUserByUsername(account.getUsername()).isEnabled()).isTrue();
        ScimTestClient.Answer disabledAgain = entra.send("PATCH", "/Users/" + id, ScimTestClient.body("entra/disable-user.json", Map.of()));
        assertThat(disabledAgain.body().path("active").asBoolean()).isFalse();
        assertThat(events.deactivations(account.getId())).hasSize(2);
    }

    @Test
    void deletingRemovesThePersonFromScimAndDeactivatesThemAndTheyCanBeProvisionedAgain() {
        ScimTestClient entra = ScimTestClient.withToken(port);
        String body = ScimTestClient.body("entra/create-user.json", Map.of("Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee",
                "deleted." + run, "Test_User_11bb11bb-cc22-dd33-ee44-55ff55ff55ff@testuser.com", "deleted." + run + "@testuser.com"));
        String id = entra.send("POST", "/Users", body).body().path("id").asText();

        ScimTestClient.Answer deleted = entra.send("DELETE", "/Users/" + id, null);

        assertThat(deleted.status()).isEqualTo(204);
        ScimTestClient.Answer gone = entra.get("/Users/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().path("schemas").get(0).asText()).isEqualTo(ScimErrors.ERROR);
        assertThat(gone.body().path("status").asText()).isEqualTo("404");
        assertThat(entra.filter("/Users", "userName eq \"deleted." + run + "\"", null).body().path("totalResults").asInt()).isZero();
        Account account = accounts.findById(Long.parseLong(id)).orElseThrow();
        assertThat(account.isActive()).as("kept, with its history, but switched off").isFalse();
        assertThat(events.deactivations(account.getId())).hasSize(1);
        assertThat(entra.send("DELETE", "/Users/" + id, null).status()).isEqualTo(404);

        ScimTestClient.Answer again = entra.send("POST", "/Users", body);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().path("id").asText()).as("the same person's account, taken over again").isEqualTo(id);
        assertThat(accounts.findById(account.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void aSecondUserWithTheSameUserNameOrAddressIsAConflict() {
        ScimTestClient okta = ScimTestClient.withToken(port);
        Map<String, String> person = Map.of("test.user@okta.local", "twice." + run + "@example.com");
        assertThat(okta.send("POST", "/Users", ScimTestClient.body("okta/create-user.json", person)).status()).isEqualTo(201);

        ScimTestClient.Answer duplicate = okta.send("POST", "/Users", ScimTestClient.body("okta/create-user.json", person));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/scim+json");
        assertThat(duplicate.body().path("scimType").asText()).isEqualTo("uniqueness");
        assertThat(duplicate.body().path("detail").asText()).contains("twice." + run + "@example.com");

        ScimTestClient.Answer sameAddress = okta.send("POST", "/Users", ScimTestClient.body("entra/create-user.json", Map.of(
                "Test_User_00aa00aa-bb11-cc22-dd33-44ee44ee44ee", "other." + run,
                "Test_User_11bb11bb-cc22-dd33-ee44-55ff55ff55ff@testuser.com", "twice." + run + "@example.com")));
        assertThat(sameAddress.status()).isEqualTo(409);
    }

    @Test
    void anInputThatCannotBeAPersonIsRefusedInScimTerms() {
        ScimTestClient okta = ScimTestClient.withToken(port);
        ScimTestClient.Answer noAddress = okta.send("POST", "/Users", "{\"schemas\":[\"" + ScimJson.USER + "\"],\"userName\":\"no-mail-" + run + "\"}");
        assertThat(noAddress.status()).isEqualTo(400);
        assertThat(noAddress.body().path("scimType").asText()).isEqualTo("invalidValue");
        assertThat(noAddress.body().path("detail").asText()).contains("e-mail");
        assertThat(okta.send("POST", "/Users", "{not json").body().path("scimType").asText()).isEqualTo("invalidSyntax");
        ScimTestClient.Answer badTimeZone = okta.send("POST", "/Users", ScimTestClient.body("okta/create-user.json",
                Map.of("test.user@okta.local", "tz." + run + "@example.com", "\"locale\"", "\"timezone\": \"Mars/Olympus\", \"locale\"")));
        assertThat(badTimeZone.status()).isEqualTo(400);
        assertThat(okta.filter("/Users", "userName eq \"tz." + run + "@example.com\"", null).body().path("totalResults").asInt())
                .as("nothing was created").isZero();
        assertThat(okta.get("/Users/not-a-number").status()).isEqualTo(404);
        ScimTestClient.Answer unknownOp = okta.send("PATCH", "/Users/1", "{\"Operations\":[{\"op\":\"move\",\"path\":\"active\"}]}");
        assertThat(unknownOp.status()).isIn(400, 404);
    }

    @Test
    void pagesThroughEveryoneInOneStableOrderAndRefusesFiltersItDoesNotSupport() {
        ScimTestClient okta = ScimTestClient.withToken(port);
        for (int i = 1; i <= 3; i++) {
            okta.send("POST", "/Users", ScimTestClient.body("okta/create-user.json", Map.of("test.user@okta.local",
                    "page" + i + "." + run + "@example.com")));
        }
        JsonNode all = okta.get("/Users?startIndex=1&count=200").body();
        int total = all.path("totalResults").asInt();
        assertThat(total).isGreaterThanOrEqualTo(3);

        JsonNode second = okta.get("/Users?startIndex=2&count=2").body();
        assertThat(second.path("totalResults").asInt()).isEqualTo(total);
        assertThat(second.path("startIndex").asInt()).isEqualTo(2);
        assertThat(second.path("itemsPerPage").asInt()).isEqualTo(2);
        assertThat(second.path("Resources").get(0).path("id").asText()).isEqualTo(all.path("Resources").get(1).path("id").asText());
        assertThat(second.path("Resources").get(1).path("id").asText()).isEqualTo(all.path("Resources").get(2).path("id").asText());
        JsonNode countOnly = okta.get("/Users?count=0").body();
        assertThat(countOnly.path("totalResults").asInt()).isEqualTo(total);
        assertThat(countOnly.path("Resources")).isEmpty();
        assertThat(okta.get("/Users?startIndex=" + (total + 5)).body().path("Resources")).isEmpty();

        for (String unsupported : new String[] {"userName sw \"page\"", "userName eq \"a\" and active eq true", "title eq \"x\"",
                "userName eq page1"}) {
            ScimTestClient.Answer refused = okta.filter("/Users", unsupported, null);
            assertThat(refused.status()).as(unsupported).isEqualTo(400);
            assertThat(refused.body().path("scimType").asText()).isEqualTo("invalidFilter");
        }
    }
}
