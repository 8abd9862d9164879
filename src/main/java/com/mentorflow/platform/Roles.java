package com.mentorflow.platform;

/**
 * The application's roles. The same names, as Camunda groups, are what BPMN candidate groups refer to.
 */
public enum Roles {
    PARTICIPANT("participants"),
    PROGRAM_MANAGER("program-managers"),
    ADMIN("admins");

    /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final String PARTICIPANT_ROLE = "PARTICIPANT";
    public static final String PROGRAM_MANAGER_ROLE = "PROGRAM_MANAGER";
    public static final String ADMIN_ROLE = "ADMIN";

    /** Camunda's webapps grant everything to members of this group. */
    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private final String camundaGroup;

    Roles(String camundaGroup) {
        this.camundaGroup = camundaGroup;
    }

    public String camundaGroup() {
        return camundaGroup;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
