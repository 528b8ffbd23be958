package io.verdict.console;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The audit trail, {@code /console/audit.xhtml} (admins only). */
final class AuditPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private AuditPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static AuditPage open(WebDriver driver, URL deployment, String query) {
        driver.get(ConsolePages.address(deployment, "console/audit.xhtml?" + query));
        AuditPage page = new AuditPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:entries")));
        return page;
    }

    /** Types in the text filter and presses Enter; waits for the table to show the entries found. */
    AuditPage search(String text) {
        ConsolePages.search(driver, "auditForm:text", "auditForm:entries", text);
        return this;
    }

    /** Each shown entry as one line: when, user, action, target and detail. */
    List<String> entries() {
        return driver.findElements(By.cssSelector("#auditForm\\:entries tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
