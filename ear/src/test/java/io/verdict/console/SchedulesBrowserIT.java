package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The schedules page (run with -Dbrowser): an administrator adds a schedule in GMT, reads its coming firings in
 * Madrid's time, pauses it and deletes it; a viewer only reads.
 */
class SchedulesBrowserIT extends BrowserIT {

    private WebDriverWait wait;

    @BeforeEach
    void waitForPages() {
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void deleteSchedules() {
        Api admin = Api.as(url, "admin", "admin");
        admin.get("api/v1/schedules").json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .forEach(schedule -> admin.delete("api/v1/schedules/" + schedule.getInt("id")));
    }

    @Test
    void anAdministratorAddsAScheduleInGmtSeesItInMadridTimePausesAndDeletesIt() {
        LoginPage.open(driver, url).signInAs("admin", "admin");
        driver.get(ConsolePages.address(url, "console/schedules.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("schedulesForm:add")));

        type("schedulesForm:hour", "9");
        type("schedulesForm:minute", "0");
        driver.findElement(By.id("schedulesForm:addSchedule")).click();

        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("schedulesForm:preview")));
        List<String> local = preview.findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(1).getText())
                .toList();
        assertThat(local)
                .hasSize(10)
                .allMatch(time -> time.contains("T10:00:00+01:00") || time.contains("T11:00:00+02:00"));
        assertThat(driver.findElement(By.id("schedulesForm:ledger")).getText()).contains("Nothing fell due yet.");
        assertThat(rowsText()).contains("09:00", "every day", "Active");

        driver.findElement(By.cssSelector("[id$=':edit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedulesForm:addSchedule"), "Save"));
        assertThat(driver.findElement(By.id("schedulesForm:hour")).getAttribute("value"))
                .as("the form holds the schedule")
                .isEqualTo("9");
        type("schedulesForm:hour", "7");
        driver.findElement(By.id("schedulesForm:addSchedule")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedulesForm:schedules"), "07:00"));
        assertThat(Api.as(url, "admin", "admin").get("api/v1/schedules").json().asJsonArray())
                .as("changed in place, not added again")
                .singleElement()
                .satisfies(schedule ->
                        assertThat(schedule.asJsonObject().getInt("hour")).isEqualTo(7));

        driver.findElement(By.cssSelector("[id$=':pause']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedulesForm:schedules"), "Paused"));
        driver.findElement(By.cssSelector("[id$=':delete']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("schedulesForm:schedules"), "No schedule yet."));
        assertThat(Api.as(url, "admin", "admin").get("api/v1/schedules").json().asJsonArray())
                .isEmpty();
    }

    @Test
    void aViewerReadsSchedulesButCannotChangeThem() {
        Api.as(url, "admin", "admin")
                .post("api/v1/schedules", "{\"process\":\"invoice-check\",\"hour\":6,\"minute\":30,\"active\":false}");
        LoginPage.open(driver, url).signInAs("viewer", "viewer");
        driver.get(ConsolePages.address(url, "console/schedules.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("schedulesForm:schedules")));

        assertThat(rowsText()).contains("06:30", "Paused");
        assertThat(driver.findElements(By.id("schedulesForm:add"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[id$=':edit'],[id$=':pause'],[id$=':resume'],[id$=':delete']")))
                .isEmpty();
    }

    private String rowsText() {
        return driver.findElement(By.id("schedulesForm:schedules")).getText();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
