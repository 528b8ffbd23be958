package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.VerdictIT;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The robots page (run with -Dbrowser): every robot with its connection and licence, for every user. */
@Tag("browser")
class RobotsBrowserIT extends VerdictIT {

    private WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }

    @Test
    void theRobotsPageShowsThisServersRobotConnectedAndLicensed() {
        LoginPage.open(driver, url).signInAs("viewer", "viewer");
        driver.get(ConsolePages.address(url, "console/robots.xhtml"));

        String robots = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("robotsForm:robots")))
                .getText();

        assertThat(robots).contains("it-robot", "CONNECTED", "ACTIVE");
    }
}
