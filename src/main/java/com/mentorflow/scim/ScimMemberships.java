package com.mentorflow.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.mentorflow.people.ProvisionedPeople;
import com.mentorflow.people.ProvisionedRoles;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Group membership as roles: adding a member grants the group's role, removing revokes it (each audited). */
@Component
class ScimMemberships {

    private final ProvisionedPeople people;
    private final ProvisionedRoles roles;

    ScimMemberships(ProvisionedPeople people, ProvisionedRoles roles) {
        this.people = people;
        this.roles = roles;
    }

    /** One PATCH operation on members: add, remove, or replace all provisioned members. */
    @Transactional
    void apply(ScimGroups.Group group, String op, JsonNode members) {
        switch (op) {
            case "add" -> add(group, members);
            case "replace" -> replace(group, members);
            default -> members(members).forEach(id -> roles.setRole(id, group.role(), false));
        }
    }

    @Transactional
    void add(ScimGroups.Group group, JsonNode members) {
        members(members).forEach(id -> roles.setRole(id, group.role(), true));
    }

    @Transactional
    void replace(ScimGroups.Group group, JsonNode members) {
        Set<Long> wanted = members(members);
        for (long current : people.withRole(group.role())) {
            if (!wanted.contains(current)) {
                roles.setRole(current, group.role(), false);
            }
        }
        wanted.forEach(id -> roles.setRole(id, group.role(), true));
    }

    /** The member ids named, each checked to be a provisioned user: one unknown id refuses the whole request. */
    private Set<Long> members(JsonNode members) {
        Set<Long> ids = new LinkedHashSet<>();
        if (members == null || members.isNull() || members.isMissingNode()) {
            return ids;
        }
        if (!members.isArray()) {
            throw ScimException.invalidValue("members must be an array of {\"value\": \"<user id>\"}.");
        }
        for (JsonNode member : members) {
            String value = ScimJson.text(member.get("value"));
            List<Long> found = value == null ? List.of()
                    : ScimUsersController.accountId(value).flatMap(people::find).map(person -> List.of(person.accountId())).orElse(List.of());
            if (found.isEmpty()) {
                throw ScimException.invalidValue("There is no provisioned user with id " + value + ".");
            }
            ids.addAll(found);
        }
        return ids;
    }
}
