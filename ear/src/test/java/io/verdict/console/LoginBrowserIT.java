package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.VerdictIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebDriver;

/** Signing in to the console in a real browser (run with -Dbrowser). */
@Tag("browser")
class LoginBrowserIT extends VerdictIT {

    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "operator", "viewer"})
    void eachDemoUserSignsInAndSeesTheHomePageWithTheirRole(String user) {
        HomePage home = LoginPage.open(driver, url).signInAs(user, user);

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
        HomePage home = LoginPage.open(driver, url).signInAs("viewer", "viewer");

        LoginPage login = home.signOut(url);

        assertThat(login.isShown()).as("the console asks to sign in again").isTrue();
    }
}
