package io.verdict.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard, {@code /console/dashboard.xhtml}: where a user lands after signing in. */
final class DashboardPage {

    private final WebDriver driver;

    private DashboardPage(WebDriver driver) {
        this.driver = driver;
    }

    static DashboardPage shown(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        return new DashboardPage(driver);
    }

    String signedInUser() {
        return driver.findElement(By.id("nav:user")).getText();
    }

    String role() {
        return driver.findElement(By.id("nav:role")).getText();
    }

    String welcome() {
        return driver.findElement(By.id("welcome")).getText();
    }

    String title() {
        return driver.findElement(By.cssSelector("h1.verdict-title")).getText();
    }

    String menu() {
        return driver.findElement(By.id("nav:menu")).getText();
    }

    /** Picks a language in the header's switcher ({@code English}, {@code Español}); the page comes back in it. */
    void switchLanguage(String language) {
        WebElement heading = driver.findElement(By.cssSelector("h1.verdict-title"));
        driver.findElement(By.linkText(language)).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(heading));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.verdict-title")));
    }

    String unresolvedRuns() {
        return driver.findElement(By.id("dashboardForm:unresolved")).getText();
    }

    String topKoReasons() {
        return driver.findElement(By.id("dashboardForm:reasonTable")).getText();
    }

    /** The robot's row in the robots panel: name, connection and licence (read again if a refresh replaced it). */
    String robot(String name) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(page -> page.findElements(By.cssSelector("#dashboardForm\\:robotTable tbody tr")).stream()
                        .map(WebElement::getText)
                        .filter(row -> row.startsWith(name + " "))
                        .findFirst()
                        .orElse(null));
    }

    /** The rates line above the process's chart, e.g. "3 records: 66.7 % OK · 33.3 % KO · 0.0 % ERROR". */
    String rates(String process) {
        return chartPanel(process).findElement(By.cssSelector(".verdict-rates")).getText();
    }

    /** Whether the process's chart was drawn: Chart.js renders into a canvas. */
    boolean chartDrawn(String process) {
        return !chartPanel(process).findElements(By.tagName("canvas")).isEmpty();
    }

    private WebElement chartPanel(String process) {
        return driver.findElements(By.cssSelector("#dashboardForm\\:rates .verdict-chart-panel")).stream()
                .filter(panel -> panel.findElement(By.cssSelector(".ui-panel-title"))
                        .getText()
                        .equals(process))
                .findFirst()
                .orElseThrow();
    }

    LoginPage signOut(java.net.URL deployment) {
        driver.findElement(By.id("nav:logout")).click();
        return LoginPage.open(driver, deployment);
    }
}
