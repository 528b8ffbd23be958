package io.verdict.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void anAdminMayDoEverythingAnOperatorAndAViewerMay() {
        assertThat(Role.ADMIN.grantedRoleNames()).containsExactlyInAnyOrder("admin", "operator", "viewer");
        assertThat(Role.OPERATOR.grantedRoleNames()).containsExactlyInAnyOrder("operator", "viewer");
        assertThat(Role.VIEWER.grantedRoleNames()).containsExactly("viewer");
    }

    @Test
    void aRobotsRoleIncludesNoOtherAndNoOtherIncludesIt() {
        assertThat(Role.ROBOT.grantedRoleNames()).containsExactly("robot");
        assertThat(Role.ADMIN.grantedRoleNames()).doesNotContain("robot");
        assertThat(Role.highestOf(Set.of("robot")))
                .as("a robot is none of the people's roles")
                .isNull();
    }

    @Test
    void theHighestGrantedRoleNamesTheUser() {
        assertThat(Role.highestOf(Set.of("viewer", "operator"))).isEqualTo(Role.OPERATOR);
        assertThat(Role.highestOf(Role.ADMIN.grantedRoleNames())).isEqualTo(Role.ADMIN);
        assertThat(Role.highestOf(Set.of("guest"))).isNull();
    }

    @Test
    void constantNamesAgreeWithTheRoles() {
        assertThat(Role.VIEWER.roleName()).isEqualTo(Role.VIEWER_NAME);
        assertThat(Role.OPERATOR.roleName()).isEqualTo(Role.OPERATOR_NAME);
        assertThat(Role.ADMIN.roleName()).isEqualTo(Role.ADMIN_NAME);
        assertThat(Role.ROBOT.roleName()).isEqualTo(Role.ROBOT_NAME);
    }
}
