package io.verdict.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxAdminsTest {

    @Test
    void anAdminIsAUserWhoseRolesHoldAdmin() {
        assertThat(SandboxAdmins.isAdmin("{\"username\":\"ana\",\"roles\":[\"admin\",\"operator\",\"viewer\"]}"))
                .isTrue();
    }

    @Test
    void anOperatorOrAnythingElseIsNot() {
        assertThat(SandboxAdmins.isAdmin("{\"username\":\"olga\",\"roles\":[\"operator\",\"viewer\"]}"))
                .isFalse();
        assertThat(SandboxAdmins.isAdmin("{\"username\":\"x\",\"roles\":\"admin\"}"))
                .isFalse();
        assertThat(SandboxAdmins.isAdmin("{\"username\":\"x\"}")).isFalse();
        assertThat(SandboxAdmins.isAdmin("<html>admin</html>")).isFalse();
    }
}
