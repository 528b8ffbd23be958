package io.verdict.console;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login form, as a user sees it. */
final class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Opens a console page while signed out, which shows the login form. */
    static LoginPage open(WebDriver driver, URL deployment) {
        driver.get(ConsolePages.address(deployment, "console/"));
        LoginPage page = new LoginPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        return page;
    }

    DashboardPage signInAs(String user, String password) {
        submit(user, password);
        return DashboardPage.shown(driver);
    }

    LoginPage signInExpectingFailure(String user, String password) {
        submit(user, password);
        wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login\\:messages .ui-messages-error")));
        return this;
    }

    String errorMessage() {
        return driver.findElement(By.cssSelector("#login\\:messages .ui-messages-error"))
                .getText();
    }

    boolean isShown() {
        return !driver.findElements(By.id("login:username")).isEmpty();
    }

    private void submit(String user, String password) {
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }
}
