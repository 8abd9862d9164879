package com.mentorflow.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mentorflow.people.ProvisionedPeople;
import java.net.URI;
import java.util.List;
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

/**
 * SCIM Groups: the fixed groups that carry roles ({@link ScimGroups}). A provider "creates" one by naming it as
 * configured, then adds and removes members; other groups are refused. Only provisioned people are members here:
 * roles an admin granted to others are neither shown nor touched.
 */
// The identity provider, signed in by the SCIM bearer token (platform.ScimBearerTokenFilter), and no one else.
@PreAuthorize("hasRole('SCIM_CLIENT')")
@RestController
@RequestMapping("/scim/v2/Groups")
class ScimGroupsController {

    private final ScimGroups groups;
    private final ProvisionedPeople people;
    private final ScimMemberships memberships;

    ScimGroupsController(ScimGroups groups, ProvisionedPeople people, ScimMemberships memberships) {
        this.groups = groups;
        this.people = people;
        this.memberships = memberships;
    }

    @GetMapping
    ResponseEntity<ObjectNode> list(@RequestParam(required = false) String filter, @RequestParam(required = false) Integer startIndex,
                                    @RequestParam(required = false) Integer count,
                                    @RequestParam(required = false) String excludedAttributes) {
        List<ScimGroups.Group> found = groups.all();
        if (filter != null && !filter.isBlank()) {
            ScimFilter wanted = ScimFilter.parse(filter, ScimFilter.GROUP_ATTRIBUTES);
            found = switch (wanted.attribute()) {
                case "displayName" -> groups.byDisplayName(wanted.value()).stream().toList();
                case "id" -> groups.byId(wanted.value()).stream().toList();
                default -> List.of(); // group externalIds are not kept: the provider finds the group by its name
            };
        }
        ScimPaging paging = ScimPaging.of(startIndex, count);
        boolean withMembers = !excludes(excludedAttributes);
        return ScimUsersController.ok(ScimJson.list(paging.page(found).stream().map(group -> json(group, withMembers)).toList(),
                found.size(), paging.startIndex()));
    }

    @GetMapping("/{id}")
    ResponseEntity<ObjectNode> get(@PathVariable String id, @RequestParam(required = false) String excludedAttributes) {
        return ScimUsersController.ok(json(group(id), !excludes(excludedAttributes)));
    }

    @PostMapping
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
        String name = ScimJson.text(body.get("displayName"));
        ScimGroups.Group group = groups.byDisplayName(name).orElseThrow(() -> ScimException.invalidValue("Mentorflow has "
                + "fixed groups, one per role: \"" + groups.displayName(ScimGroups.Group.ALL.get(0)) + "\" and \""
                + groups.displayName(ScimGroups.Group.ALL.get(1)) + "\" (mentorflow.scim.groups.*); \"" + name + "\" is not one."));
        if (body.path("members").isArray()) {
            memberships.add(group, body.get("members"));
        }
        ObjectNode json = json(group, true);
        return ResponseEntity.created(URI.create(json.path("meta").path("location").asText())).contentType(ScimJson.MEDIA_TYPE).body(json);
    }

    /** Okta's app integrations send the whole group: its members replace the provisioned members. */
    @PutMapping("/{id}")
    ResponseEntity<ObjectNode> replace(@PathVariable String id, @RequestBody JsonNode body) {
        ScimGroups.Group group = group(id);
        keepName(group, ScimJson.text(body.get("displayName")));
        memberships.replace(group, body.path("members"));
        return ScimUsersController.ok(json(group, true));
    }

    /** Answers 204, as Entra ID asks (Okta accepts it too). */
    @PatchMapping("/{id}")
    ResponseEntity<Void> patch(@PathVariable String id, @RequestBody JsonNode body) {
        ScimGroups.Group group = group(id);
        List<ScimPatch.Operation> operations = ScimPatch.operations(body);
        for (ScimPatch.Operation operation : operations) {
            if (operation.path() == null) {
                // Okta sends {"op":"replace","value":{"id":…,"displayName":…}} with each membership change.
                keepName(group, ScimJson.text(operation.value().get("displayName")));
                if (operation.value().has("members")) {
                    memberships.apply(group, operation.op(), operation.value().get("members"));
                }
            } else if (operation.path().attribute().equalsIgnoreCase("displayName")) {
                keepName(group, ScimJson.text(operation.value()));
            } else if (operation.path().attribute().equalsIgnoreCase("members")) {
                memberships.apply(group, operation.op(), operation.path().filterValue() != null
                        ? JsonNodeFactory.instance.arrayNode().add(JsonNodeFactory.instance.objectNode().put("value", operation.path().filterValue()))
                        : operation.value());
            } else if (!operation.path().attribute().equalsIgnoreCase("externalId")) {
                throw ScimException.invalidPath("A group's " + operation.path().attribute() + " cannot be changed here.");
            }
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        group(id);
        throw ScimException.mutability("The group \"" + id + "\" carries a role and cannot be deleted; remove its members "
                + "instead, or unlink it in the identity provider and leave it in Mentorflow.");
    }

    private void keepName(ScimGroups.Group group, String displayName) {
        if (displayName != null && groups.byDisplayName(displayName).filter(group::equals).isEmpty()) {
            throw ScimException.mutability("The group \"" + groups.displayName(group) + "\" cannot be renamed to \"" + displayName
                    + "\": its name is set in Mentorflow's configuration (mentorflow.scim.groups.*).");
        }
    }

    private ScimGroups.Group group(String id) {
        return groups.byId(id).orElseThrow(() -> ScimException.notFound("The group " + id));
    }

    private ObjectNode json(ScimGroups.Group group, boolean withMembers) {
        String base = ScimUsersController.baseUrl();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putArray("schemas").add(ScimJson.GROUP);
        json.put("id", group.id());
        json.put("displayName", groups.displayName(group));
        if (withMembers) {
            var members = json.putArray("members");
            people.withRole(group.role()).forEach(accountId -> people.find(accountId).ifPresent(person -> members.addObject()
                    .put("value", Long.toString(accountId)).put("display", person.userName())
                    .put("$ref", base + "/Users/" + accountId)));
        }
        json.set("meta", ScimJson.meta("Group", null, null, base + "/Groups/" + group.id()));
        return json;
    }

    private static boolean excludes(String excludedAttributes) {
        return excludedAttributes != null && List.of(excludedAttributes.toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*")).contains("members");
    }
}
