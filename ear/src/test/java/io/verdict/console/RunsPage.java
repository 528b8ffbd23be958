package io.verdict.console;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The executions panel, {@code /console/runs.xhtml}, opened with its filters in the address. */
final class RunsPage {

    private final WebDriver driver;

    private RunsPage(WebDriver driver) {
        this.driver = driver;
    }

    static RunsPage open(WebDriver driver, URL deployment, String query) {
        driver.get(ConsolePages.address(deployment, "console/runs.xhtml?" + query));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("runsForm:runs")));
        return new RunsPage(driver);
    }

    /** Types in the search box and presses Enter; waits for the table to show the runs found. */
    RunsPage search(String text) {
        ConsolePages.search(driver, "runsForm:text", "runsForm:runs", text);
        return this;
    }

    /** The run numbers the table shows, as {@code #12} (read again if the table refreshed meanwhile). */
    List<String> runNumbers() {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElements(By.cssSelector("#runsForm\\:runs a.verdict-run-link")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    RunPage openRun(int number) {
        driver.findElements(By.cssSelector("#runsForm\\:runs a.verdict-run-link")).stream()
                .filter(link -> link.getText().equals("#" + number))
                .findFirst()
                .orElseThrow()
                .click();
        return RunPage.shown(driver);
    }
}
