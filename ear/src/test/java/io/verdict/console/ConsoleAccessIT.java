package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.VerdictIT;
import org.junit.jupiter.api.Test;

/** The console over plain HTTP: signed-out visitors are sent to the login form and back. */
class ConsoleAccessIT extends VerdictIT {

    @Test
    void aConsolePageRedirectsASignedOutVisitorToTheLoginFormRememberingThePage() {
        Api.Response response = Api.anonymous(url).get("console/processes.xhtml");

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login.xhtml?from=%2Fconsole%2Fprocesses.xhtml");
    }

    @Test
    void theLoginFormIsServed() {
        Api.Response response = Api.anonymous(url).get("login.xhtml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("Sign in to Verdict", "login:username", "login:password");
    }

    @Test
    void theRootLeadsToTheConsole() {
        Api.Response root = Api.anonymous(url).get("");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.body()).contains("url=console/");
    }

    @Test
    void consoleIsVerdictsNotARedirectToWildFlysManagementConsole() {
        Api.Response response = Api.anonymous(url).get("console/");

        assertThat(response.header("Location")).contains("/login.xhtml").doesNotContain(":99");
    }
}
