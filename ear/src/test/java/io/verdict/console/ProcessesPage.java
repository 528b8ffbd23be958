package io.verdict.console;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The processes page, {@code /console/processes.xhtml}: the processes, and starting a run from a file. */
final class ProcessesPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private ProcessesPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static ProcessesPage open(WebDriver driver, URL deployment) {
        driver.get(ConsolePages.address(deployment, "console/processes.xhtml"));
        return shown(driver);
    }

    private static ProcessesPage shown(WebDriver driver) {
        ProcessesPage page = new ProcessesPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("processesForm:processes")));
        return page;
    }

    String processes() {
        return driver.findElement(By.id("processesForm:processes")).getText();
    }

    boolean offersStart() {
        return !driver.findElements(By.cssSelector("[id$=':openStart']")).isEmpty();
    }

    /**
     * Starts a run of the process from the file, as a dry run or not, and submits the form: the run's page opens, or
     * this page shows why the file was refused.
     */
    void startRun(String process, Path file, boolean dryRun) {
        driver.findElements(By.cssSelector("#processesForm\\:processes tbody tr")).stream()
                .filter(row -> row.getText().startsWith(process + " "))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("[id$=':openStart']"))
                .click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("startForm:startDialog")));
        wait.until(ExpectedConditions.textToBePresentInElement(dialog, "Start a run of " + process));
        dialog.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        if (dryRun) {
            dialog.findElement(By.cssSelector("#startForm\\:dryRun .ui-chkbox-box"))
                    .click();
        }
        WebElement table = driver.findElement(By.id("processesForm:processes"));
        driver.findElement(By.id("startForm:start")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
    }

    /** The error the page shows after a refused start. */
    String error() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#processesForm\\:messages .ui-messages-error")))
                .getText();
    }
}
