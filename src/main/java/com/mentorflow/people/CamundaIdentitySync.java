package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Mirrors accounts and their roles into Camunda's identity tables, so candidate groups such as
 * {@code program-managers}, Tasklist and Cockpit see the same people. Accounts stay the source of truth:
 * edits made in Camunda's Admin webapp are overwritten at the next sync.
 */
@Component
@Order(0)
class CamundaIdentitySync implements ApplicationRunner {

    private final IdentityService identityService;

    CamundaIdentitySync(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Roles role : Roles.values()) {
            ensureGroup(role.camundaGroup(), role.name().replace('_', ' ').toLowerCase());
        }
        ensureGroup(Roles.CAMUNDA_ADMIN_GROUP, "Camunda administrators");
    }

    void sync(Account account) {
        User user = identityService.createUserQuery().userId(account.getUsername()).singleResult();
        if (user == null) {
            user = identityService.newUser(account.getUsername());
        }
        String[] names = account.getDisplayName().split("\\s+", 2);
        user.setFirstName(names[0]);
        user.setLastName(names.length > 1 ? names[1] : "");
        user.setEmail(account.getEmail());
        identityService.saveUser(user);

        Set<String> wanted = account.getRoles().stream().map(Roles::camundaGroup).collect(Collectors.toCollection(HashSet::new));
        if (account.getRoles().contains(Roles.ADMIN)) {
            wanted.add(Roles.CAMUNDA_ADMIN_GROUP);
        }
        Set<String> current = identityService.createGroupQuery().groupMember(account.getUsername()).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        for (String group : wanted) {
            if (!current.contains(group)) {
                ensureGroup(group, group);
                identityService.createMembership(account.getUsername(), group);
            }
        }
        for (String group : current) {
            if (!wanted.contains(group)) {
                identityService.deleteMembership(account.getUsername(), group);
            }
        }
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(Roles.CAMUNDA_ADMIN_GROUP.equals(id) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }
}
