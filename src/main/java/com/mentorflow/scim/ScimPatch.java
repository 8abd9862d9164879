package com.mentorflow.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a SCIM PatchOp (RFC 7644 §3.5.2) to a resource's JSON, in the dialects identity providers send: Okta's
 * {@code {"op":"replace","value":{"active":false}}} without a path, Entra ID's capitalised {@code "Replace"}/{@code "Add"}
 * with paths such as {@code name.givenName}, {@code emails[type eq "work"].value} or the enterprise extension's
 * {@code urn:…:User:employeeNumber}. The patched JSON is then read like a PUT body, so both end in the same checks.
 */
final class ScimPatch {

    /** One operation, with the path taken apart. */
    record Operation(String op, Path path, JsonNode value) {
    }

    /** {@code [schema:]attribute[[filterAttribute eq "filterValue"]][.subAttribute]} */
    record Path(String schema, String attribute, String filterAttribute, String filterValue, String subAttribute) {
    }

    private static final Pattern PATH = Pattern.compile(
            "^(?:(urn:[^\\[\\]\"]+):)?([A-Za-z$][\\w$-]*)(?:\\[\\s*(\\w+)\\s+eq\\s+\"([^\"]*)\"\\s*])?(?:\\.([A-Za-z$][\\w$-]*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> OPS = List.of("add", "replace", "remove");
    private static final String CORE_USER = ScimJson.USER.toLowerCase(Locale.ROOT);
    private static final String CORE_GROUP = ScimJson.GROUP.toLowerCase(Locale.ROOT);

    private ScimPatch() {
    }

    /** The operations of a PatchOp body, checked; an unknown op or an unreadable path is refused before anything changes. */
    static List<Operation> operations(JsonNode body) {
        JsonNode operations = body == null ? null : body.get("Operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimException.invalidValue("A PatchOp needs a non-empty Operations array (schema " + ScimJson.PATCH + ").");
        }
        return java.util.stream.StreamSupport.stream(operations.spliterator(), false).map(operation -> {
            String op = operation.path("op").asText("").toLowerCase(Locale.ROOT);
            if (!OPS.contains(op)) {
                throw ScimException.invalidValue("The op \"" + operation.path("op").asText() + "\" is not add, replace or remove.");
            }
            String path = ScimJson.text(operation.get("path"));
            if (path == null && !"remove".equals(op) && !operation.path("value").isObject()) {
                throw ScimException.invalidValue("An " + op + " without a path needs an object as its value.");
            }
            if (path == null && "remove".equals(op)) {
                throw new ScimException(org.springframework.http.HttpStatus.BAD_REQUEST, "noTarget", "A remove needs a path.");
            }
            return new Operation(op, path == null ? null : path(path), operation.get("value"));
        }).toList();
    }

    static Path path(String path) {
        Matcher m = PATH.matcher(path.strip());
        if (!m.matches()) {
            throw ScimException.invalidPath("The path \"" + path + "\" is not one this server understands.");
        }
        String schema = m.group(1);
        if (schema != null && (schema.equalsIgnoreCase(CORE_USER) || schema.equalsIgnoreCase(CORE_GROUP))) {
            schema = null;
        }
        return new Path(schema, m.group(2), m.group(3), m.group(4), m.group(5));
    }

    /** Applies the user operations to the user's JSON, in order. */
    static void applyToUser(ObjectNode user, List<Operation> operations) {
        for (Operation operation : operations) {
            if (operation.path() == null) {
                // Okta: the value names the attributes; Entra ID may name paths there ("name.givenName", "urn:…:employeeNumber").
                for (Iterator<Map.Entry<String, JsonNode>> it = operation.value().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    boolean isPath = field.getKey().contains(".") && !field.getKey().startsWith("urn:") || field.getKey().matches("urn:.*:User:.+");
                    if (isPath) {
                        set(user, path(field.getKey()), operation.op(), field.getValue());
                    } else if (field.getValue().isObject() && user.path(key(user, field.getKey())).isObject()) {
                        ((ObjectNode) user.get(key(user, field.getKey()))).setAll((ObjectNode) field.getValue());
                    } else {
                        user.set(key(user, field.getKey()), field.getValue());
                    }
                }
            } else {
                set(user, operation.path(), operation.op(), operation.value());
            }
        }
    }

    private static void set(ObjectNode user, Path path, String op, JsonNode value) {
        ObjectNode target = path.schema() == null ? user : objectField(user, path.schema());
        String attribute = key(target, path.attribute());
        if (path.filterAttribute() != null) {
            ArrayNode values = target.path(attribute).isArray() ? (ArrayNode) target.get(attribute) : target.putArray(attribute);
            ObjectNode element = null;
            for (int i = 0; i < values.size(); i++) {
                if (path.filterValue().equalsIgnoreCase(values.get(i).path(path.filterAttribute()).asText())) {
                    if ("remove".equals(op) && path.subAttribute() == null) {
                        values.remove(i);
                        return;
                    }
                    element = (ObjectNode) values.get(i);
                }
            }
            if (element == null) {
                element = values.addObject().put(path.filterAttribute(), path.filterValue());
            }
            setOrRemove(element, path.subAttribute() == null ? "value" : key(element, path.subAttribute()), op, value);
        } else if (path.subAttribute() != null) {
            setOrRemove(objectField(target, attribute), key(target.path(attribute), path.subAttribute()), op, value);
        } else if ("add".equals(op) && value != null && value.isArray() && target.path(attribute).isArray()) {
            ((ArrayNode) target.get(attribute)).addAll((ArrayNode) value);
        } else {
            setOrRemove(target, attribute, op, value);
        }
    }

    private static void setOrRemove(ObjectNode node, String field, String op, JsonNode value) {
        if ("remove".equals(op)) {
            node.remove(field);
        } else {
            node.set(field, value);
        }
    }

    private static ObjectNode objectField(ObjectNode node, String field) {
        String key = key(node, field);
        return node.path(key).isObject() ? (ObjectNode) node.get(key) : node.putObject(key);
    }

    /** Attribute names are case-insensitive in SCIM: the existing field's spelling, else the canonical one. */
    private static String key(JsonNode node, String name) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String existing = it.next();
            if (existing.equalsIgnoreCase(name)) {
                return existing;
            }
        }
        return CANONICAL.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("username", "userName"),
            Map.entry("externalid", "externalId"), Map.entry("displayname", "displayName"), Map.entry("active", "active"),
            Map.entry("name", "name"), Map.entry("givenname", "givenName"), Map.entry("familyname", "familyName"),
            Map.entry("emails", "emails"), Map.entry("value", "value"), Map.entry("type", "type"),
            Map.entry("employeenumber", "employeeNumber"), Map.entry("organization", "organization"),
            Map.entry("usertype", "userType"), Map.entry("timezone", "timezone"), Map.entry("members", "members"));
}
