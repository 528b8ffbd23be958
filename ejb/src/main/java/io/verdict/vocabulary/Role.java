package io.verdict.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller may do. Each of the people's roles includes the ones below it: a viewer sees, an operator also acts on
 * runs, an admin also changes processes, schedules, robots and licences. {@link #ROBOT} stands apart: an external
 * robot's token, which may make the robot protocol's calls for its own robot and nothing else, not even see.
 */
public enum Role {
    VIEWER,
    OPERATOR,
    ADMIN,
    ROBOT;

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String VIEWER_NAME = "viewer", OPERATOR_NAME = "operator", ADMIN_NAME = "admin";

    /** The robot role's name, for {@code @RolesAllowed} and the API's security constraint. */
    public static final String ROBOT_NAME = "robot";

    /** The name used in security constraints and {@code @RolesAllowed}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it includes, by name; a robot's role includes no other. */
    public Set<String> grantedRoleNames() {
        if (this == ROBOT) {
            return Set.of(ROBOT_NAME);
        }
        return Arrays.stream(values())
                .filter(role -> role != ROBOT && role.ordinal() <= ordinal())
                .map(Role::roleName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The highest of the people's roles among the granted role names, or {@code null} when there is none. */
    public static Role highestOf(Set<String> roleNames) {
        Role highest = null;
        for (Role role : values()) {
            if (role != ROBOT && roleNames.contains(role.roleName())) {
                highest = role;
            }
        }
        return highest;
    }
}
