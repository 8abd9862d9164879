package com.mentorflow.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ResponseEntity;

/**
 * What this server supports (RFC 7644 §4), for providers that read it (Entra ID reads /Schemas when provisioning is
 * saved). Fixed documents under {@code scim/} on the classpath.
 */
// The identity provider, signed in by the SCIM bearer token (platform.ScimBearerTokenFilter), and no one else.
@PreAuthorize("hasRole('SCIM_CLIENT')")
@RestController
@RequestMapping("/scim/v2")
class ScimDiscoveryController {

    private final ObjectNode serviceProviderConfig;
    private final List<JsonNode> resourceTypes;
    private final List<JsonNode> schemas;

    ScimDiscoveryController(ObjectMapper json) {
        this.serviceProviderConfig = (ObjectNode) read(json, "ServiceProviderConfig.json");
        this.resourceTypes = list(read(json, "ResourceTypes.json"));
        this.schemas = list(read(json, "Schemas.json"));
    }

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<ObjectNode> serviceProviderConfig() {
        return ScimUsersController.ok(serviceProviderConfig);
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<ObjectNode> resourceTypes() {
        return ScimUsersController.ok(ScimJson.list(resourceTypes, resourceTypes.size(), 1));
    }

    @GetMapping("/ResourceTypes/{id}")
    ResponseEntity<ObjectNode> resourceType(@PathVariable String id) {
        return ScimUsersController.ok(byId(resourceTypes, id));
    }

    @GetMapping("/Schemas")
    ResponseEntity<ObjectNode> schemas() {
        return ScimUsersController.ok(ScimJson.list(schemas, schemas.size(), 1));
    }

    @GetMapping("/Schemas/{id}")
    ResponseEntity<ObjectNode> schema(@PathVariable String id) {
        return ScimUsersController.ok(byId(schemas, id));
    }

    private static ObjectNode byId(List<JsonNode> documents, String id) {
        return (ObjectNode) documents.stream().filter(document -> document.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> ScimException.notFound(id));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return List.copyOf(list);
    }

    private static JsonNode read(ObjectMapper json, String name) {
        try (InputStream in = ScimDiscoveryController.class.getResourceAsStream("/scim/" + name)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
