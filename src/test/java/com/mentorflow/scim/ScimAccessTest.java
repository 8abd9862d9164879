package com.mentorflow.scim;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.Roles;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only the SCIM token opens /scim/v2, and the discovery documents say what the server supports. */
@MentorflowTest
class ScimAccessTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;

    @Test
    void aMissingOrWrongTokenIsRefusedWithAScimError() {
        for (String authorization : new String[] {null, "Bearer wrong-token", "Bearer " + ScimTestClient.TOKEN + "x",
                "Basic " + Base64.getEncoder().encodeToString(("scim:" + ScimTestClient.TOKEN).getBytes(StandardCharsets.UTF_8))}) {
            ScimTestClient.Answer refused = new ScimTestClient(port, authorization).get("/Users");
            assertThat(refused.status()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/scim+json");
            assertThat(refused.body().path("schemas").get(0).asText()).isEqualTo(ScimErrors.ERROR);
            assertThat(refused.body().path("status").asText()).isEqualTo("401");
        }
        ScimTestClient.Answer write = new ScimTestClient(port, "Bearer nope").send("POST", "/Users",
                ScimTestClient.body("okta/create-user.json", Map.of("test.user@okta.local", "refused@example.com")));
        assertThat(write.status()).isEqualTo(401);
        assertThat(accounts.findByUsername("refused")).isEmpty();
    }

    @Test
    void anAdminsPasswordDoesNotOpenScim() {
        Account admin = TestPeople.create(accounts, "scim-admin", Roles.ADMIN);
        String basic = "Basic " + Base64.getEncoder().encodeToString((admin.getUsername() + ":" + TestPeople.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(new ScimTestClient(port, basic).get("/Users").status()).isEqualTo(401);
    }

    @Test
    void theTokenIsTakenWithAnyCaseOfBearer() {
        assertThat(new ScimTestClient(port, "bearer " + ScimTestClient.TOKEN).get("/ServiceProviderConfig").status()).isEqualTo(200);
    }

    @Test
    void discoveryDocumentsDescribeWhatIsSupported() {
        ScimTestClient client = ScimTestClient.withToken(port);
        ScimTestClient.Answer config = client.get("/ServiceProviderConfig");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.contentType()).startsWith("application/scim+json");
        assertThat(config.body().path("patch").path("supported").asBoolean()).isTrue();
        assertThat(config.body().path("bulk").path("supported").asBoolean()).isFalse();
        assertThat(config.body().path("authenticationSchemes").get(0).path("type").asText()).isEqualTo("oauthbearertoken");
        assertThat(client.get("/ResourceTypes").body().path("Resources").findValuesAsText("id")).containsExactly("User", "Group");
        assertThat(client.get("/Schemas").body().path("Resources").findValuesAsText("id")).contains(ScimJson.USER, ScimJson.ENTERPRISE,
                ScimJson.GROUP);
        assertThat(client.get("/Schemas/" + ScimJson.USER).body().path("name").asText()).isEqualTo("User");
    }
}
