package com.mentorflow.scim;

import com.mentorflow.platform.Roles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The groups an identity provider can put people in: one per role it may grant, with fixed ids and display names
 * set in configuration ({@code mentorflow.scim.groups.*}) to match the provider's group names. Participants need no
 * group: everyone provisioned is one.
 */
@Component
class ScimGroups {

    /** A group as identity providers see it. */
    record Group(String id, Roles role) {
        static final List<Group> ALL = List.of(new Group(Roles.PROGRAM_MANAGER.camundaGroup(), Roles.PROGRAM_MANAGER),
                new Group(Roles.ADMIN.camundaGroup(), Roles.ADMIN));
    }

    private final String programManagers;
    private final String admins;

    ScimGroups(@Value("${mentorflow.scim.groups.program-managers:Mentorflow program managers}") String programManagers,
               @Value("${mentorflow.scim.groups.admins:Mentorflow admins}") String admins) {
        this.programManagers = programManagers.strip();
        this.admins = admins.strip();
    }

    List<Group> all() {
        return Group.ALL;
    }

    String displayName(Group group) {
        return group.role() == Roles.ADMIN ? admins : programManagers;
    }

    Optional<Group> byId(String id) {
        return Group.ALL.stream().filter(group -> group.id().equals(id)).findFirst();
    }

    /** Group names compare without regard to case, as SCIM's displayName does. */
    Optional<Group> byDisplayName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Group.ALL.stream().filter(group -> displayName(group).toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
