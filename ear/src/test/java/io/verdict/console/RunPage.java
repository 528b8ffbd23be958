package io.verdict.console;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A run's detail page, {@code /console/run.xhtml?id=N}. */
final class RunPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private RunPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static RunPage shown(WebDriver driver) {
        RunPage page = new RunPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runForm:title")));
        return page;
    }

    static RunPage open(WebDriver driver, URL deployment, long runId) {
        driver.get(ConsolePages.address(deployment, "console/run.xhtml?id=" + runId));
        return shown(driver);
    }

    /** The run's page with its items from record {@code record} on, as a link to it would open it. */
    static RunPage openFrom(WebDriver driver, URL deployment, long runId, int record) {
        driver.get(ConsolePages.address(deployment, "console/run.xhtml?id=" + runId + "&from=" + record));
        return shown(driver);
    }

    /** The record numbers of the items shown. */
    List<Integer> recordNumbers() {
        return driver.findElements(By.cssSelector("#runForm\\:items tbody [id$=':seq']")).stream()
                .map(seq -> Integer.valueOf(seq.getText()))
                .toList();
    }

    /** Shows the items from record {@code record} on: types it, then Search, and waits for the table. */
    RunPage from(int record) {
        WebElement from = driver.findElement(By.id("runForm:from"));
        from.clear();
        from.sendKeys(Integer.toString(record));
        WebElement table = driver.findElement(By.id("runForm:items"));
        driver.findElement(By.id("runForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runForm:items")));
        return this;
    }

    /** The next page of items. */
    RunPage nextPage() {
        WebElement first = driver.findElement(By.cssSelector("#runForm\\:items tbody tr"));
        driver.findElement(By.cssSelector("#runForm\\:items .ui-paginator-next"))
                .click();
        wait.until(ExpectedConditions.stalenessOf(first));
        return this;
    }

    /** The run's id, from the page's address. */
    long id() {
        String address = driver.getCurrentUrl();
        return Long.parseLong(address.substring(address.indexOf("id=") + 3).replaceAll("[^0-9].*", ""));
    }

    String title() {
        return text("runForm:title");
    }

    String count(String result) {
        return text("runForm:" + result.toLowerCase());
    }

    /** Shows only the items with this result: presses its button, then Search, and waits for the table. */
    RunPage showOnly(String result) {
        driver.findElements(By.cssSelector("#runForm\\:results .ui-button")).stream()
                .filter(button -> button.getText().equals(result))
                .findFirst()
                .orElseThrow()
                .click();
        WebElement table = driver.findElement(By.id("runForm:items"));
        driver.findElement(By.id("runForm:search")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("runForm:items")));
        return this;
    }

    /** Each shown item's key, result and reason, one line per item. */
    List<String> items() {
        return driver.findElements(By.cssSelector("#runForm\\:items tbody tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** A fact of the summary by its id: {@code trigger}, {@code runBy}, {@code robot}, {@code children}. */
    String fact(String id) {
        return text("runForm:" + id);
    }

    /** Waits until the run's summary e-mail line says {@code text} (the page refreshes itself), and returns it. */
    String mailStatusOnceItSays(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("runForm:mail"), text));
        return text("runForm:mail");
    }

    /** The message the page shows, such as the one an action that opened it left. */
    String message() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#runForm\\:messages > div")))
                .getText();
    }

    String state() {
        return text("runForm:state");
    }

    /** Waits until the page, which refreshes itself, shows the run in this state. */
    RunPage awaitState(String state) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBe(By.id("runForm:state"), state));
        return this;
    }

    /** Relaunches with the option whose label starts with {@code option}; the child run's page opens. */
    RunPage relaunch(String option) {
        driver.findElement(By.id("runForm:openRelaunch")).click();
        choose("runForm:relaunchDialog", option);
        String title = title();
        driver.findElement(By.id("runForm:relaunch")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("runForm:title"), title)));
        return shown(driver);
    }

    /** Uploads a corrected file from the relaunch-from-file dialog; the child run's page opens. */
    RunPage relaunchCorrected(Path file) {
        driver.findElement(By.id("runForm:openCorrected")).click();
        WebElement dialog =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("correctedForm:correctedDialog")));
        dialog.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        WebElement title = driver.findElement(By.id("runForm:title"));
        driver.findElement(By.id("correctedForm:relaunchCorrected")).click();
        wait.until(ExpectedConditions.stalenessOf(title));
        return shown(driver);
    }

    /** Stops the run with the option whose label starts with {@code option}; unreached records end ERROR. */
    RunPage stop(String option) {
        driver.findElement(By.id("runForm:openStop")).click();
        choose("runForm:stopDialog", option);
        driver.findElement(By.id("runForm:stop")).click();
        return this;
    }

    /** Selects every item shown and resolves them with the option whose label starts with {@code option}. */
    RunPage resolveAll(String option, String note) {
        driver.findElements(By.cssSelector("#runForm\\:items tbody .ui-chkbox-box"))
                .forEach(WebElement::click);
        driver.findElement(By.id("runForm:openResolve")).click();
        choose("runForm:resolveDialog", option);
        driver.findElement(By.id("runForm:note")).sendKeys(note);
        driver.findElement(By.id("runForm:resolve")).click();
        return this;
    }

    boolean offersActions() {
        return !driver.findElements(By.id("runForm:openRelaunch")).isEmpty()
                || !driver.findElements(By.id("runForm:openCorrected")).isEmpty()
                || !driver.findElements(By.id("runForm:openStop")).isEmpty()
                || !driver.findElements(By.id("runForm:openResolve")).isEmpty();
    }

    private void choose(String dialogId, String option) {
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(dialogId)));
        dialog.findElements(By.tagName("label")).stream()
                .filter(label -> label.getText().startsWith(option))
                .findFirst()
                .orElseThrow()
                .click();
    }

    /** The robot column of the items shown: the external robot that worked each record. */
    List<String> itemRobots() {
        return driver.findElements(By.cssSelector("[id^='runForm:items:'][id$=':robot']")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void exportFailures() {
        driver.findElement(By.id("runForm:exportFailures")).click();
    }

    boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            return false;
        }
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
