package io.verdict.console;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console home page a user lands on after signing in. */
final class HomePage {

    private final WebDriver driver;

    private HomePage(WebDriver driver) {
        this.driver = driver;
    }

    static HomePage shown(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        return new HomePage(driver);
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

    LoginPage signOut(java.net.URL deployment) {
        driver.findElement(By.id("nav:logout")).click();
        return LoginPage.open(driver, deployment);
    }
}
