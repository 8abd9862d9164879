package com.mentorflow.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mentorflow.people.Deprovisioning;
import com.mentorflow.people.ProvisionedPeople;
import com.mentorflow.people.ProvisionedPerson;
import com.mentorflow.people.Provisioning;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** SCIM Users (RFC 7644 §3): the people an identity provider provisions; {@code id} is the account id. */
// The identity provider, signed in by the SCIM bearer token (platform.ScimBearerTokenFilter), and no one else.
@PreAuthorize("hasRole('SCIM_CLIENT')")
@RestController
@RequestMapping("/scim/v2/Users")
class ScimUsersController {

    private final ProvisionedPeople people;
    private final Provisioning provisioning;
    private final Deprovisioning deprovisioning;

    ScimUsersController(ProvisionedPeople people, Provisioning provisioning, Deprovisioning deprovisioning) {
        this.people = people;
        this.provisioning = provisioning;
        this.deprovisioning = deprovisioning;
    }

    @GetMapping
    ResponseEntity<ObjectNode> list(@RequestParam(required = false) String filter, @RequestParam(required = false) Integer startIndex,
                                    @RequestParam(required = false) Integer count) {
        List<Long> ids = filter == null || filter.isBlank() ? people.all() : matching(ScimFilter.parse(filter, ScimFilter.USER_ATTRIBUTES));
        ScimPaging paging = ScimPaging.of(startIndex, count);
        List<ObjectNode> page = paging.page(ids).stream().map(people::find).flatMap(java.util.Optional::stream)
                .map(person -> ScimJson.user(person, baseUrl())).toList();
        return ok(ScimJson.list(page, ids.size(), paging.startIndex()));
    }

    @GetMapping("/{id}")
    ResponseEntity<ObjectNode> get(@PathVariable String id) {
        return ok(ScimJson.user(person(id), baseUrl()));
    }

    @PostMapping
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
        ProvisionedPerson created = provisioning.create(ScimJson.input(body));
        ObjectNode user = ScimJson.user(created, baseUrl());
        return ResponseEntity.created(URI.create(user.path("meta").path("location").asText())).contentType(ScimJson.MEDIA_TYPE).body(user);
    }

    @PutMapping("/{id}")
    ResponseEntity<ObjectNode> replace(@PathVariable String id, @RequestBody JsonNode body) {
        ProvisionedPerson person = person(id);
        return ok(ScimJson.user(provisioning.replace(person.accountId(), ScimJson.input(body)), baseUrl()));
    }

    /** The operations applied to the user as read, then stored like a PUT; answers the user as now stored. */
    @PatchMapping("/{id}")
    ResponseEntity<ObjectNode> patch(@PathVariable String id, @RequestBody JsonNode body) {
        ProvisionedPerson person = person(id);
        List<ScimPatch.Operation> operations = ScimPatch.operations(body);
        ObjectNode user = ScimJson.user(person, baseUrl());
        ScimPatch.applyToUser(user, operations);
        // A name made of the name parts follows them (Entra ID patches name.familyName alone); one set on its own stays.
        boolean nameFromParts = person.displayName().equals(
                ((person.givenName() == null ? "" : person.givenName()) + " " + (person.familyName() == null ? "" : person.familyName())).strip());
        if (nameFromParts && person.displayName().equals(user.path("displayName").asText())) {
            user.remove("displayName");
        }
        return ok(ScimJson.user(provisioning.replace(person.accountId(), ScimJson.input(user)), baseUrl()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        deprovisioning.remove(person(id).accountId());
        return ResponseEntity.noContent().build();
    }

    private List<Long> matching(ScimFilter filter) {
        return switch (filter.attribute()) {
            case "userName" -> people.matching(ProvisionedPeople.Key.USER_NAME, filter.value());
            case "externalId" -> people.matching(ProvisionedPeople.Key.EXTERNAL_ID, filter.value());
            case "emails" -> people.matching(ProvisionedPeople.Key.EMAIL, filter.value());
            default -> accountId(filter.value()).flatMap(people::find).map(person -> List.of(person.accountId())).orElse(List.of());
        };
    }

    private ProvisionedPerson person(String id) {
        return accountId(id).flatMap(people::find).orElseThrow(() -> ScimException.notFound("The user " + id));
    }

    static java.util.Optional<Long> accountId(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/scim/v2").toUriString();
    }

    static ResponseEntity<ObjectNode> ok(ObjectNode body) {
        return ResponseEntity.status(HttpStatus.OK).contentType(ScimJson.MEDIA_TYPE).body(body);
    }
}
