package io.verdict.console;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Addresses of console pages on the suite's server, and what their tables have in common. */
final class ConsolePages {

    private ConsolePages() {}

    static String address(URL deployment, String path) {
        return deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort() + "/" + path;
    }

    /**
     * The text of the first visible message of a page's message area (e.g. {@code robotsForm:messages}) with the
     * severity class ({@code ui-messages-info}, {@code ui-messages-error}); null while there is none.
     */
    static ExpectedCondition<String> messageShown(String messagesId, String severityClass) {
        return driver ->
                driver
                        .findElements(By.cssSelector("#" + messagesId.replace(":", "\\:") + " ." + severityClass))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .map(WebElement::getText)
                        .findFirst()
                        .orElse(null);
    }

    /** Types in a table's search box and presses Enter; waits until the table shows what was found. */
    static void search(WebDriver driver, String boxId, String tableId, String text) {
        WebElement table = driver.findElement(By.id(tableId));
        WebElement box = driver.findElement(By.id(boxId));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(tableId)));
    }
}
