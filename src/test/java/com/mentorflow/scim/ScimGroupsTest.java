package com.mentorflow.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mentorflow.MentorflowTest;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.Roles;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The fixed groups carry roles: membership changes from Entra ID and Okta grant and revoke them. */
@MentorflowTest
class ScimGroupsTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired IdentityService camunda;
    @Autowired AuditLog audit;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void entraIdFindsTheGroupByNameAndAddsAndRemovesMembers() {
        ScimTestClient entra = ScimTestClient.withToken(port);
        long id = provision(entra, "pm");

        ScimTestClient.Answer created = entra.send("POST", "/Groups", ScimTestClient.body("entra/create-group.json",
                Map.of("\"displayName\"", "\"displayName\"", ": \"displayName\"", ": \"Mentorflow program managers\"")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("id").asText()).isEqualTo("program-managers");
        ScimTestClient.Answer byName = entra.filter("/Groups", "displayName eq \"Mentorflow Program Managers\"",
                "excludedAttributes=members");
        assertThat(byName.body().path("totalResults").asInt()).isEqualTo(1);
        assertThat(byName.body().path("Resources").get(0).has("members")).isFalse();

        ScimTestClient.Answer added = entra.send("PATCH", "/Groups/program-managers", ScimTestClient.body("entra/group-add-members.json",
                Map.of("f648f8d5ea4e4cd38e9c", Long.toString(id))));

        assertThat(added.status()).isEqualTo(204);
        assertThat(accounts.findById(id).orElseThrow().getRoles()).containsExactlyInAnyOrder(Roles.PARTICIPANT, Roles.PROGRAM_MANAGER);
        String username = accounts.findById(id).orElseThrow().getUsername();
        assertThat(camunda.createGroupQuery().groupMember(username).groupId("program-managers").count())
                .as("Camunda's candidate groups see it too").isEqualTo(1);
        assertThat(audit.latest("role.granted", 20)).anySatisfy(entry ->
                assertThat(entry.get("details").toString()).contains("PROGRAM_MANAGER for " + username));
        JsonNode members = entra.get("/Groups/program-managers").body().path("members");
        assertThat(members.findValuesAsText("value")).contains(Long.toString(id));
        assertThat(entra.get("/Users/" + id).body().path("groups").findValuesAsText("value")).containsExactly("program-managers");

        ScimTestClient.Answer removed = entra.send("PATCH", "/Groups/program-managers", ScimTestClient.body(
                "entra/group-remove-members.json", Map.of("f648f8d5ea4e4cd38e9c", Long.toString(id))));
        assertThat(removed.status()).isEqualTo(204);
        assertThat(accounts.findById(id).orElseThrow().getRoles()).containsExactly(Roles.PARTICIPANT);
        assertThat(camunda.createGroupQuery().groupMember(username).groupId("program-managers").count()).isZero();
        assertThat(audit.latest("role.revoked", 20)).anySatisfy(entry ->
                assertThat(entry.get("details").toString()).contains("PROGRAM_MANAGER for " + username));

        entra.send("PATCH", "/Groups/program-managers", ScimTestClient.body("entra/group-add-members.json",
                Map.of("f648f8d5ea4e4cd38e9c", Long.toString(id))));
        assertThat(entra.send("PATCH", "/Groups/program-managers", ScimTestClient.body("entra/group-remove-member-compliant.json",
                Map.of("7f4bc1a3-285e-48ae-8202-5accb43efb0e", Long.toString(id)))).status()).isEqualTo(204);
        assertThat(accounts.findById(id).orElseThrow().getRoles()).containsExactly(Roles.PARTICIPANT);
    }

    @Test
    void oktaPushesTheGroupAndItsMembershipWithPatch() {
        ScimTestClient okta = ScimTestClient.withToken(port);
        long first = provision(okta, "admin1");
        long second = provision(okta, "admin2");

        ScimTestClient.Answer pushed = okta.send("POST", "/Groups", ScimTestClient.body("okta/create-group.json",
                Map.of("Test SCIMv2", "Mentorflow admins")));
        assertThat(pushed.status()).isEqualTo(201);
        assertThat(pushed.body().path("id").asText()).isEqualTo("admins");
        assertThat(okta.send("PATCH", "/Groups/admins", ScimTestClient.body("okta/rename-group.json",
                Map.of("Test SCIMv2", "Mentorflow admins", "abf4dd94-a4c0-4f67-89c9-76b03340cb9b", "admins"))).status())
                .as("the name Okta sends with each membership change is the group's own").isEqualTo(204);

        okta.send("PATCH", "/Groups/admins", ScimTestClient.body("okta/group-membership.json", Map.of(
                "89bb1940-b905-4575-9e7f-6f887cfb368e", Long.toString(second), "23a35c27-23d3-4c03-b4c5-6443c09e7173", Long.toString(first))));
        assertThat(accounts.findById(first).orElseThrow().getRoles()).contains(Roles.ADMIN);
        assertThat(camunda.createGroupQuery().groupMember(accounts.findById(first).orElseThrow().getUsername())
                .groupId(Roles.CAMUNDA_ADMIN_GROUP).count()).isEqualTo(1);

        okta.send("PATCH", "/Groups/admins", ScimTestClient.body("okta/group-membership.json", Map.of(
                "89bb1940-b905-4575-9e7f-6f887cfb368e", Long.toString(first), "23a35c27-23d3-4c03-b4c5-6443c09e7173", Long.toString(second))));
        assertThat(accounts.findById(first).orElseThrow().getRoles()).doesNotContain(Roles.ADMIN);
        assertThat(accounts.findById(second).orElseThrow().getRoles()).contains(Roles.ADMIN);

        assertThat(okta.send("PATCH", "/Groups/admins", ScimTestClient.body("okta/group-members-replace.json",
                Map.of("23a35c27-23d3-4c03-b4c5-6443c09e7173", Long.toString(first)))).status()).isEqualTo(204);
        assertThat(accounts.findById(first).orElseThrow().getRoles()).contains(Roles.ADMIN);
        assertThat(accounts.findById(second).orElseThrow().getRoles()).as("replace: not in the list any more").doesNotContain(Roles.ADMIN);

        ScimTestClient.Answer put = okta.send("PUT", "/Groups/admins", "{\"schemas\":[\"" + ScimJson.GROUP + "\"],\"displayName\":"
                + "\"Mentorflow admins\",\"members\":[{\"value\":\"" + second + "\"}]}");
        assertThat(put.status()).isEqualTo(200);
        assertThat(accounts.findById(second).orElseThrow().getRoles()).contains(Roles.ADMIN);
        assertThat(accounts.findById(first).orElseThrow().getRoles()).doesNotContain(Roles.ADMIN);
    }

    @Test
    void groupsThatCarryNoRoleAreRefusedAndNothingChanges() {
        ScimTestClient okta = ScimTestClient.withToken(port);
        long id = provision(okta, "other");

        ScimTestClient.Answer unknown = okta.send("POST", "/Groups", ScimTestClient.body("okta/create-group.json", Map.of()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("detail").asText()).contains("Mentorflow admins");
        ScimTestClient.Answer renamed = okta.send("PATCH", "/Groups/admins", ScimTestClient.body("okta/rename-group.json", Map.of()));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.body().path("scimType").asText()).isEqualTo("mutability");
        assertThat(okta.send("DELETE", "/Groups/admins", null).status()).isEqualTo(400);
        assertThat(okta.get("/Groups/some-group").status()).isEqualTo(404);

        ScimTestClient.Answer strangerAmongMembers = okta.send("PATCH", "/Groups/admins", ScimTestClient.body(
                "entra/group-add-members.json", Map.of("\"f648f8d5ea4e4cd38e9c\"", "\"" + id + "\"}, {\"value\": \"999999999\"")));
        assertThat(strangerAmongMembers.status()).isEqualTo(400);
        assertThat(accounts.findById(id).orElseThrow().getRoles()).as("all or nothing").doesNotContain(Roles.ADMIN);
    }

    private long provision(ScimTestClient client, String who) {
        ScimTestClient.Answer created = client.send("POST", "/Users", ScimTestClient.body("okta/create-user.json",
                Map.of("test.user@okta.local", who + "." + run + "@example.com")));
        assertThat(created.status()).isEqualTo(201);
        return Long.parseLong(created.body().path("id").asText());
    }
}
