package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.TestRobot;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The robots page (run with -Dbrowser): every robot with its connection and licence, for every user, and what an
 * external robot holds now; an admin licenses a machine not installed yet and takes the licence away again, and a
 * hostile key is refused. The run page of a robot process says which robot worked each record.
 */
class RobotsBrowserIT extends BrowserIT {

    @Test
    void theRobotsPageShowsThisServersRobotConnectedAndLicensed() {
        LoginPage.open(driver, url).signInAs("viewer", "viewer");
        driver.get(ConsolePages.address(url, "console/robots.xhtml"));

        String robot = inRow(new WebDriverWait(driver, Duration.ofSeconds(20)), "it-robot", WebElement::getText);

        assertThat(robot).contains("CONNECTED", "ACTIVE").doesNotContain("DISCONNECTED");
    }

    @Test
    void anAdminLicensesAMachineBeforeItIsInstalledThenTakesTheLicenceAway() {
        LoginPage.open(driver, url).signInAs("admin", "admin");
        driver.get(ConsolePages.address(url, "console/robots.xhtml"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("robotsForm:robots")));

        fillLicence(wait, "console-robot-1", "<script>alert(1)</script>");
        assertThat(wait.until(messageShown("ui-messages-error"))).startsWith("key:");
        assertThat(driver.findElement(By.id("robotsForm:licenceDialog")).isDisplayed())
                .as("the dialog stays open to correct the key")
                .isTrue();

        driver.findElement(By.id("robotsForm:key")).clear();
        driver.findElement(By.id("robotsForm:key")).sendKeys("CONSOLE-KEY-0001");
        driver.findElement(By.id("robotsForm:assign")).click();
        assertThat(wait.until(messageShown("ui-messages-info"))).contains("console-robot-1", "…0001");
        assertThat(inRow(wait, "console-robot-1", WebElement::getText)).contains("DISCONNECTED", "last seen never");

        inRow(wait, "console-robot-1", row -> {
            row.findElement(By.cssSelector("[id$=':unassign']")).click();
            return true;
        });
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(driver -> inRow(wait, "console-robot-1", WebElement::getText).contains("NOT_ASSIGNED"));
    }

    @Test
    void theRobotsPageShowsWhatAnExternalRobotHoldsAndTheRunPageWhichRobotWorkedEachRecord() {
        Api admin = Api.as(url, "admin", "admin");
        String process = "console-robots-" + Long.toString(System.currentTimeMillis(), 36);
        assertThat(admin.post(
                                "api/v1/processes",
                                "{\"name\":\"" + process + "\",\"template\":\"robot\",\"columns\":[\"Supplier\"]}")
                        .status())
                .isEqualTo(201);
        TestRobot robot = TestRobot.connect(url, admin, "console-desk", "1.0.0", process);
        try {
            JsonObject run = new Runs(admin).startCsvWithHeader(process, false, "Supplier", "S-1", "S-2");
            JsonObject first = robot.lease(process, 1, 20).get(0);
            LoginPage.open(driver, url).signInAs("viewer", "viewer");
            driver.get(ConsolePages.address(url, "console/robots.xhtml"));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

            assertThat(inRow(wait, "console-desk", WebElement::getText))
                    .contains(process + " #" + run.getInt("number") + " (1 record)");

            robot.ok(first, "S-1 onboarded");
            robot.ok(robot.lease(process, 1, 20).get(0), "S-2 onboarded");
            new Runs(admin).awaitEnded(run.getInt("id"));
            RunPage page = RunPage.open(driver, url, run.getInt("id"));
            assertThat(page.itemRobots()).containsExactly("console-desk", "console-desk");
        } finally {
            robot.disconnect(admin);
        }
    }

    private void fillLicence(WebDriverWait wait, String robot, String key) {
        driver.findElement(By.id("robotsForm:openLicenceNew")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("robotsForm:licenceDialog")));
        driver.findElement(By.id("robotsForm:robot")).sendKeys(robot);
        driver.findElement(By.id("robotsForm:key")).sendKeys(key);
        driver.findElement(By.id("robotsForm:expiresOn_input")).sendKeys("2030-01-01", Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel")));
        driver.findElement(By.id("robotsForm:assign")).click();
    }

    private static ExpectedCondition<String> messageShown(String severityClass) {
        return ConsolePages.messageShown("robotsForm:messages", severityClass);
    }

    /**
     * What {@code use} makes of the robot's row. The table refreshes itself every 5 s, so the row is found again
     * whenever a refresh replaced it under the test.
     */
    private <T> T inRow(WebDriverWait wait, String robot, Function<WebElement, T> use) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElements(By.cssSelector("#robotsForm\\:robots tbody tr")).stream()
                        .filter(row -> row.getText().startsWith(robot + " "))
                        .findFirst()
                        .map(use)
                        .orElse(null));
    }
}
