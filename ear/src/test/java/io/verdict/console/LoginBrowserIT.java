package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Signing in to the console in a real browser (run with -Dbrowser). */
class LoginBrowserIT extends BrowserIT {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "operator", "viewer"})
    void eachDemoUserSignsInAndLandsOnTheDashboardWithTheirRole(String user) {
        DashboardPage home = LoginPage.open(driver, url).signInAs(user, user);

        assertThat(home.signedInUser()).isEqualTo(user);
        assertThat(home.role()).isEqualTo(user);
        assertThat(home.welcome()).contains("Welcome, " + user);
    }

    @Test
    void theLoginFormRefusesAWrongPassword() {
        LoginPage login = LoginPage.open(driver, url).signInExpectingFailure("admin", "wrong-password");

        assertThat(login.errorMessage()).contains("Wrong user name or password.");
        assertThat(login.isShown()).isTrue();
    }

    @Test
    void signingOutEndsTheSession() {
        DashboardPage home = LoginPage.open(driver, url).signInAs("viewer", "viewer");

        LoginPage login = home.signOut(url);

        assertThat(login.isShown()).as("the console asks to sign in again").isTrue();
    }

    @Test
    void theLanguageSwitcherTurnsTheConsoleSpanishOnEveryPageAndBack() {
        DashboardPage dashboard = LoginPage.open(driver, url).signInAs("viewer", "viewer");

        dashboard.switchLanguage("Español");

        assertThat(dashboard.title()).isEqualTo("Panel");
        assertThat(dashboard.welcome()).contains("Hola, viewer. Has iniciado sesión como");
        assertThat(dashboard.menu()).contains("Ejecuciones", "Procesos", "Programaciones");
        RunsPage.open(driver, url, "state=UNRESOLVED");
        assertThat(driver.findElement(By.id("runsForm:search")).getText())
                .as("the choice lasts for the session")
                .isEqualTo("Buscar");

        dashboard.switchLanguage("English");

        assertThat(driver.findElement(By.id("runsForm:search")).getText()).isEqualTo("Search");
        assertThat(driver.getCurrentUrl()).as("the page keeps its filters").contains("state=UNRESOLVED");
    }
}
