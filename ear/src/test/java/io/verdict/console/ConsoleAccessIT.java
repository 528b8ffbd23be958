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
    void theLoginFormSpeaksTheBrowsersLanguageAndEnglishOtherwise() {
        Api anonymous = Api.anonymous(url);

        assertThat(anonymous.getIn("login.xhtml", "es-ES,es;q=0.9,en;q=0.5").body())
                .contains("Iniciar sesión en Verdict", "Contraseña", "lang=\"es\"");
        assertThat(anonymous.getIn("login.xhtml", "fr-FR,fr;q=0.9").body())
                .as("a language the console does not speak")
                .contains("Sign in to Verdict", "lang=\"en\"");
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
