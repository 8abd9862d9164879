package com.mentorflow.scim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of SCIM's filter grammar (RFC 7644 §3.4.2.2) that identity providers use to find a person or group before
 * they create it: one attribute, {@code eq}, one JSON string, e.g. {@code userName eq "bjensen@example.com"}. Anything
 * else (other operators, {@code and}/{@code or}, other attributes) is refused as {@code invalidFilter} rather than
 * half understood: answering a filter wrongly makes a provider create a duplicate or skip someone.
 *
 * @param attribute the attribute as this server names it (one of the keys of {@link #USER_ATTRIBUTES} or {@link #GROUP_ATTRIBUTES})
 * @param value     the compared value, unescaped
 */
record ScimFilter(String attribute, String value) {

    /** The filterable attribute paths, lower-cased, to the name the lookup uses. */
    static final Map<String, String> USER_ATTRIBUTES = Map.of(
            "username", "userName",
            "externalid", "externalId",
            "id", "id",
            "emails.value", "emails",
            "emails[type eq \"work\"].value", "emails",
            "emails", "emails");
    static final Map<String, String> GROUP_ATTRIBUTES = Map.of(
            "displayname", "displayName",
            "id", "id",
            "externalid", "externalId");

    private static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:user:";
    private static final String CORE_GROUP = "urn:ietf:params:scim:schemas:core:2.0:group:";
    // attrPath SP "eq" SP compValue, where compValue is a JSON string (quotes escaped with a backslash).
    private static final Pattern COMPARISON = Pattern.compile(
            "^\\s*(\\S+?(?:\\[\\s*type\\s+eq\\s+\"work\"\\s*\\]\\.value)?)\\s+(\\w+)\\s+(\"(?:[^\"\\\\]|\\\\.)*\")\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    static ScimFilter parse(String filter, Map<String, String> attributes) {
        Matcher m = COMPARISON.matcher(filter);
        if (!m.matches()) {
            throw ScimException.invalidFilter("Only filters of the form 'attribute eq \"value\"' are supported, on "
                    + String.join(", ", attributes.values().stream().distinct().sorted().toList()) + ".");
        }
        if (!"eq".equalsIgnoreCase(m.group(2))) {
            throw ScimException.invalidFilter("Only the operator eq is supported, not " + m.group(2) + ".");
        }
        String path = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("[ ", "[").replace(" ]", "]");
        for (String prefix : new String[] {CORE_USER, CORE_GROUP}) {
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
            }
        }
        String attribute = attributes.get(path);
        if (attribute == null) {
            throw ScimException.invalidFilter("Filtering on " + m.group(1) + " is not supported; use one of "
                    + String.join(", ", attributes.values().stream().distinct().sorted().toList()) + ".");
        }
        try {
            return new ScimFilter(attribute, JSON.readValue(m.group(3), String.class));
        } catch (JsonProcessingException e) {
            throw ScimException.invalidFilter("The value " + m.group(3) + " is not a valid JSON string.");
        }
    }
}
