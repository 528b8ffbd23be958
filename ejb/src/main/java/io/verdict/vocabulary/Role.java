package io.verdict.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user may do. Each role includes the ones below it: a viewer sees, an operator also acts on runs, an admin
 * also changes processes, schedules, robots and licences.
 */
public enum Role {
    VIEWER,
    OPERATOR,
    ADMIN;

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String VIEWER_NAME = "viewer", OPERATOR_NAME = "operator", ADMIN_NAME = "admin";

    /** The name used in security constraints and {@code @RolesAllowed}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it includes, by name. */
    public Set<String> grantedRoleNames() {
        return Arrays.stream(values())
                .filter(role -> role.ordinal() <= ordinal())
                .map(Role::roleName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The highest role among the granted role names, or {@code null} when there is none. */
    public static Role highestOf(Set<String> roleNames) {
        Role highest = null;
        for (Role role : values()) {
            if (roleNames.contains(role.roleName())) {
                highest = role;
            }
        }
        return highest;
    }
}
