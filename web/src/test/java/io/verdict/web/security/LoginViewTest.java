package io.verdict.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void returnsToTheConsolePageTheUserAskedFor() {
        assertThat(LoginView.safeTarget("/console/processes.xhtml")).isEqualTo("/console/processes.xhtml");
    }

    @Test
    void neverRedirectsOutsideTheConsole() {
        assertThat(LoginView.safeTarget("https://evil.example/console/")).isEqualTo("/console/");
        assertThat(LoginView.safeTarget("//evil.example/console/")).isEqualTo("/console/");
        assertThat(LoginView.safeTarget("/console//evil.example")).isEqualTo("/console/");
        assertThat(LoginView.safeTarget("/console/\\evil.example")).isEqualTo("/console/");
        assertThat(LoginView.safeTarget("/api/v1/processes")).isEqualTo("/console/");
        assertThat(LoginView.safeTarget(null)).isEqualTo("/console/");
    }
}
