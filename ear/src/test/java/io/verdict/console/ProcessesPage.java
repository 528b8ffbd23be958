package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The processes page, {@code /console/processes.xhtml}: the processes, starting a run from a file, and for admins
 * declaring, editing, retiring and deleting a process.
 */
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
        row(process).findElement(By.cssSelector("[id$=':openStart']")).click();
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

    /**
     * Declares a process in the New process dialog: the first template, which the page offers by default, unless
     * {@code template} names another; columns one per line; settings by name. Waits for the dialog to close.
     */
    void declare(
            String name, String description, List<String> columns, String keyColumn, Map<String, String> settings) {
        driver.findElement(By.id("processesForm:openDeclare")).click();
        WebElement dialog =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("processForm:processDialog")));
        dialog.findElement(By.id("processForm:name")).sendKeys(name);
        dialog.findElement(By.id("processForm:description")).sendKeys(description);
        dialog.findElement(By.id("processForm:columns")).sendKeys(String.join("\n", columns));
        dialog.findElement(By.id("processForm:keyColumn")).sendKeys(keyColumn);
        settings.forEach((setting, value) -> setting(dialog, setting).sendKeys(value));
        save(dialog);
    }

    /**
     * Declares a process from the robot template: its records are leased to external robots, each lease lasting
     * {@code leaseSeconds}, which only a robot process's dialog asks for. Waits for the dialog to close.
     */
    void declareRobotProcess(String name, List<String> columns, int leaseSeconds) {
        driver.findElement(By.id("processesForm:openDeclare")).click();
        WebElement dialog =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("processForm:processDialog")));
        assertThat(dialog.findElements(By.id("processForm:leaseSeconds_input")))
                .as("a process its template's handler works has no lease")
                .isEmpty();
        chooseTemplate("robot");
        WebElement lease =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("processForm:leaseSeconds_input")));
        dialog.findElement(By.id("processForm:name")).sendKeys(name);
        dialog.findElement(By.id("processForm:columns")).sendKeys(String.join("\n", columns));
        lease.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(leaseSeconds));
        save(dialog);
    }

    /**
     * Picks the template in the dialog's menu, again when a click landed while the menu's panel was still opening,
     * until the menu shows it.
     */
    private void chooseTemplate(String template) {
        By label = By.id("processForm:template_label");
        wait.ignoring(WebDriverException.class).until(driver -> {
            if (!driver.findElement(label).getText().equals(template)) {
                driver.findElement(By.id("processForm:template")).click();
                wait.until(ExpectedConditions.elementToBeClickable(
                                By.cssSelector("#processForm\\:template_items li[data-label='" + template + "']")))
                        .click();
            }
            return driver.findElement(label).getText().equals(template);
        });
    }

    /** Opens the process's settings, types the new maximum attempts, and saves. */
    void editMaxAttempts(String process, int maxAttempts) {
        row(process).findElement(By.cssSelector("[id$=':openEdit']")).click();
        WebElement dialog =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("processForm:processDialog")));
        wait.until(ExpectedConditions.textToBePresentInElement(dialog, "Settings of " + process));
        WebElement attempts = dialog.findElement(By.id("processForm:maxAttempts_input"));
        attempts.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(maxAttempts));
        save(dialog);
    }

    void retire(String process) {
        clickInRow(process, "retire");
    }

    void delete(String process) {
        clickInRow(process, "delete");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(driver -> !processes().contains(process + " "));
    }

    /** The text of the process's row, e.g. its state and columns. */
    String row(String process, String... waitFor) {
        for (String text : waitFor) {
            wait.until(driver -> row(process).getText().contains(text));
        }
        return row(process).getText();
    }

    private void clickInRow(String process, String button) {
        WebElement table = driver.findElement(By.id("processesForm:processes"));
        row(process).findElement(By.cssSelector("[id$=':" + button + "']")).click();
        if (!"delete".equals(button)) {
            wait.until(ExpectedConditions.stalenessOf(table));
        }
    }

    private WebElement row(String process) {
        return driver.findElements(By.cssSelector("#processesForm\\:processes tbody tr")).stream()
                .filter(row ->
                        row.getText().startsWith(process + " ") || row.getText().startsWith(process + "\n"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for process " + process + " in: " + processes()));
    }

    private static WebElement setting(WebElement dialog, String name) {
        return dialog.findElements(By.cssSelector(".verdict-field")).stream()
                .filter(field -> field.getText().strip().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No setting " + name + " in the dialog"))
                .findElement(By.cssSelector("input.verdict-setting"));
    }

    private void save(WebElement dialog) {
        WebElement table = driver.findElement(By.id("processesForm:processes"));
        WebElement save = dialog.findElement(By.id("processForm:save"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.invisibilityOf(dialog));
    }

    /** The error the page shows after a refused start. */
    String error() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#processesForm\\:messages .ui-messages-error")))
                .getText();
    }
}
