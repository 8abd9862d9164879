package com.mentorflow.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PatchOp in both dialects, applied to a user's JSON. */
class ScimPatchTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void appliesOktasPathlessReplaceAndEntrasPaths() throws Exception {
        ObjectNode user = user();
        ScimPatch.applyToUser(user, ScimPatch.operations(json.readTree(ScimTestClient.body("okta/deactivate-user.json", Map.of()))));
        assertThat(user.path("active").asBoolean()).isFalse();

        ScimPatch.applyToUser(user, ScimPatch.operations(json.readTree(ScimTestClient.body("entra/replace-multiple-attributes.json", Map.of()))));
        assertThat(user.path("displayName").asText()).isEqualTo("Pvlo");
        assertThat(user.path("name").path("givenName").asText()).isEqualTo("Gtfd");
        assertThat(user.path("emails")).hasSize(1);
        assertThat(user.path("emails").get(0).path("value").asText()).isEqualTo("TestBcwqnm@test.microsoft.com");
        assertThat(user.path(ScimJson.ENTERPRISE).path("employeeNumber").asText()).isEqualTo("Eqpj");
        assertThat(ScimJson.input(user).active()).isFalse();

        ScimPatch.applyToUser(user, ScimPatch.operations(json.readTree(ScimTestClient.body("entra/disable-user-string.json",
                Map.of("False", "True")))));
        assertThat(ScimJson.input(user).active()).as("\"True\" as a string").isTrue();
    }

    @Test
    void refusesOperationsItCannotApply() {
        assertThatThrownBy(() -> ScimPatch.operations(json.readTree("{\"Operations\":[]}"))).isInstanceOf(ScimException.class);
        assertThatThrownBy(() -> ScimPatch.operations(json.readTree("{\"Operations\":[{\"op\":\"copy\",\"path\":\"active\"}]}")))
                .isInstanceOf(ScimException.class);
        assertThatThrownBy(() -> ScimPatch.operations(json.readTree("{\"Operations\":[{\"op\":\"replace\",\"path\":\"emails[type ne \\\"work\\\"]\"}]}")))
                .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidPath"));
        assertThatThrownBy(() -> ScimJson.active(json.readTree("\"maybe\""))).isInstanceOf(ScimException.class);
    }

    private ObjectNode user() throws Exception {
        return (ObjectNode) json.readTree("{\"userName\":\"u\",\"active\":true,\"displayName\":\"A B\",\"name\":{\"givenName\":\"A\","
                + "\"familyName\":\"B\"},\"emails\":[{\"value\":\"a@b.example\",\"type\":\"work\",\"primary\":true}],\""
                + ScimJson.ENTERPRISE + "\":{}}");
    }
}
