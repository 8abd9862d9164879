package com.mentorflow.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mentorflow.people.EmployeeType;
import com.mentorflow.people.ProvisionedPerson;
import com.mentorflow.people.ProvisioningInput;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * A person as a SCIM User (RFC 7643 §4.1 and the enterprise extension §4.3) and back. Attributes Mentorflow keeps
 * nowhere (phone numbers, addresses, title, a password) are accepted and not stored. Absent values are left out of
 * answers rather than sent as null (Entra ID asks for that).
 */
final class ScimJson {

    static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/scim+json;charset=UTF-8");
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    /** SCIM's userType (free text; Okta and Entra send e.g. "Employee", "Contractor") to the directory's types. */
    private static final Map<String, EmployeeType> USER_TYPES = Map.of("employee", EmployeeType.REGULAR,
            "regular", EmployeeType.REGULAR, "contractor", EmployeeType.CONTRACTOR, "intern", EmployeeType.INTERN,
            "temp", EmployeeType.TEMPORARY, "temporary", EmployeeType.TEMPORARY, "vendor", EmployeeType.VENDOR,
            "external", EmployeeType.VENDOR);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScimJson() {
    }

    static ObjectNode user(ProvisionedPerson person, String baseUrl) {
        ObjectNode user = NODES.objectNode();
        user.putArray("schemas").add(USER).add(ENTERPRISE);
        user.put("id", Long.toString(person.accountId()));
        putIfPresent(user, "externalId", person.externalId());
        user.put("userName", person.userName());
        ObjectNode name = user.putObject("name");
        putIfPresent(name, "givenName", person.givenName());
        putIfPresent(name, "familyName", person.familyName());
        name.put("formatted", person.displayName());
        user.put("displayName", person.displayName());
        user.putArray("emails").addObject().put("value", person.email()).put("type", "work").put("primary", true);
        user.put("active", person.active());
        if (person.employeeType() != null) {
            user.put("userType", person.employeeType() == EmployeeType.REGULAR ? "Employee"
                    : capitalised(person.employeeType().name()));
        }
        putIfPresent(user, "timezone", person.timeZone());
        ArrayNode groups = user.putArray("groups");
        ScimGroups.Group.ALL.stream().filter(group -> person.roles().contains(group.role()))
                .forEach(group -> groups.addObject().put("value", group.id()).put("$ref", baseUrl + "/Groups/" + group.id()));
        ObjectNode enterprise = user.putObject(ENTERPRISE);
        putIfPresent(enterprise, "employeeNumber", person.employeeId());
        putIfPresent(enterprise, "organization", person.organisation());
        user.set("meta", meta("User", person.created().toString(), person.lastModified().toString(),
                baseUrl + "/Users/" + person.accountId()));
        return user;
    }

    static ProvisioningInput input(JsonNode user) {
        JsonNode enterprise = user.path(ENTERPRISE);
        String userType = text(user.get("userType"));
        EmployeeType type = userType == null ? null : USER_TYPES.get(userType.toLowerCase(Locale.ROOT));
        return new ProvisioningInput(text(user.get("userName")), text(user.get("externalId")), text(user.get("displayName")),
                text(user.path("name").get("givenName")), text(user.path("name").get("familyName")), workEmail(user.get("emails")),
                active(user.get("active")), text(enterprise.get("employeeNumber")), type, text(user.get("timezone")),
                text(enterprise.get("organization")));
    }

    /** SCIM booleans; Entra ID sends "True"/"False" as strings in PATCH values. Absent means active. */
    static boolean active(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return true;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.asText().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
        }
        throw ScimException.invalidValue("active must be true or false, not " + value + ".");
    }

    static ObjectNode list(List<? extends JsonNode> resources, int total, int startIndex) {
        ObjectNode list = NODES.objectNode();
        list.putArray("schemas").add(LIST);
        list.put("totalResults", total);
        list.put("startIndex", startIndex);
        list.put("itemsPerPage", resources.size());
        list.putArray("Resources").addAll(resources);
        return list;
    }

    static ObjectNode meta(String type, String created, String lastModified, String location) {
        ObjectNode meta = NODES.objectNode().put("resourceType", type);
        putIfPresent(meta, "created", created);
        putIfPresent(meta, "lastModified", lastModified);
        return meta.put("location", location);
    }

    /** The primary address, else the work one, else the first. */
    private static String workEmail(JsonNode emails) {
        if (emails == null || !emails.isArray() || emails.isEmpty()) {
            return null;
        }
        JsonNode chosen = emails.get(0);
        for (Iterator<JsonNode> it = emails.elements(); it.hasNext(); ) {
            JsonNode email = it.next();
            if (email.path("primary").asBoolean(false)) {
                return text(email.get("value"));
            }
            if ("work".equalsIgnoreCase(email.path("type").asText())) {
                chosen = email;
            }
        }
        return text(chosen.get("value"));
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.isContainerNode() ? null : node.asText();
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
