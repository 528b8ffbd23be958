package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages that grant access (run with -Dbrowser): an admin makes an API token, sees it once, and deletes it; saves
 * a secret that no page shows again; a user gives the address their summaries go to. Operators do not get the admin
 * pages.
 */
class AccessBrowserIT extends BrowserIT {

    @Test
    void anAdminMakesATokenSeesItOnceAndItStopsWorkingWhenDeleted() {
        WebDriverWait wait = signInAndOpen("admin", "admin", "console/tokens.xhtml", "tokensForm:tokens");

        driver.findElement(By.id("tokensForm:name")).sendKeys("console-viewer");
        driver.findElement(By.id("tokensForm:create")).click();
        String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokensForm:secret")))
                .getDomProperty("value");
        assertThat(token).startsWith("vdt_");
        Api withToken = Api.withAuthorization(url, "Bearer " + token);
        assertThat(withToken.get("api/v1/runs?limit=1").status()).isEqualTo(200);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokensForm:tokens"), "console-viewer"));
        assertThat(driver.getPageSource()).as("shown once only").doesNotContain(token);
        assertThat(row(wait, "tokensForm:tokens", "console-viewer")).contains("viewer", "admin");

        driver.findElements(By.cssSelector("#tokensForm\\:tokens tr")).stream()
                .filter(tr -> tr.getText().contains("console-viewer"))
                .findFirst()
                .orElseThrow()
                .findElement(By.cssSelector("[id$=':delete']"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        assertThat(wait.until(ConsolePages.messageShown("tokensForm:messages", "ui-messages-info")))
                .contains("console-viewer");
        assertThat(withToken.get("api/v1/runs?limit=1").status()).isEqualTo(401);
    }

    @Test
    void aSecretSavedFromTheConsoleIsListedButNeverShown() {
        WebDriverWait wait = signInAndOpen("admin", "admin", "console/secrets.xhtml", "secretsForm:secrets");
        String value = "console-" + UUID.randomUUID();

        driver.findElement(By.id("secretsForm:name")).sendKeys("console-secret");
        driver.findElement(By.id("secretsForm:value")).sendKeys(value);
        driver.findElement(By.id("secretsForm:save")).click();

        assertThat(wait.until(ConsolePages.messageShown("secretsForm:messages", "ui-messages-info")))
                .contains("console-secret");
        assertThat(row(wait, "secretsForm:secrets", "console-secret")).contains("Every process", "admin");
        assertThat(driver.findElement(By.id("secretsForm:value")).getDomProperty("value"))
                .isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(value);
        driver.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("secretsForm:secrets"), "console-secret"));
        assertThat(driver.getPageSource()).doesNotContain(value);
        assertThat(Api.as(url, "admin", "admin")
                        .delete("api/v1/secrets/console-secret")
                        .status())
                .isEqualTo(204);
    }

    @Test
    void aUserGivesTheAddressTheirSummariesGoToAndABadOneIsRefused() {
        WebDriverWait wait = signInAndOpen("operator", "operator", "console/profile.xhtml", "profileForm:email");
        assertThat(driver.findElement(By.id("profileForm:roles")).getText()).contains("operator", "viewer");

        WebElement email = driver.findElement(By.id("profileForm:email"));
        email.clear();
        email.sendKeys("not an address");
        driver.findElement(By.id("profileForm:save")).click();
        assertThat(wait.until(ConsolePages.messageShown("profileForm:messages", "ui-messages-error")))
                .contains("not an address");

        email = driver.findElement(By.id("profileForm:email"));
        email.clear();
        email.sendKeys("operator@console.test");
        driver.findElement(By.id("profileForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("profileForm:messages"), "operator@console.test"));
        Api operator = Api.as(url, "operator", "operator");
        assertThat(operator.get("api/v1/me").object().getString("email")).isEqualTo("operator@console.test");
        assertThat(operator.put("api/v1/me", "{\"email\":null}").status()).isEqualTo(200);
    }

    @Test
    void anOperatorHasNoTokensOrSecretsPages() {
        signInAndOpen("operator", "operator", "console/dashboard.xhtml", "nav:menu");
        assertThat(driver.findElements(By.id("nav:tokens"))).isEmpty();
        assertThat(driver.findElements(By.id("nav:secrets"))).isEmpty();

        for (String page : new String[] {"console/tokens.xhtml", "console/secrets.xhtml"}) {
            driver.get(ConsolePages.address(url, page));
            assertThat(driver.getPageSource()).contains("Forbidden").doesNotContain("Form:");
        }
    }

    private WebDriverWait signInAndOpen(String user, String password, String page, String waitFor) {
        LoginPage.open(driver, url).signInAs(user, password);
        driver.get(ConsolePages.address(url, page));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitFor)));
        return wait;
    }

    private String row(WebDriverWait wait, String tableId, String text) {
        return wait.until(
                driver -> driver.findElements(By.cssSelector("#" + tableId.replace(":", "\\:") + " tr")).stream()
                        .map(WebElement::getText)
                        .filter(row -> row.contains(text))
                        .findFirst()
                        .orElse(null));
    }
}
