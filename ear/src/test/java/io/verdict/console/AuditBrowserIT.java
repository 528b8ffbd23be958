package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.audit.AuditAction;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The audit page (run with -Dbrowser): an admin finds who did what; nobody else sees it or may open it. */
class AuditBrowserIT extends BrowserIT {

    @Test
    void anAdminFindsTheStartOfARunByUserActionAndText() {
        long runId = new Runs(Api.as(url, "operator", "operator"))
                .startCsv("invoice-check", true, "AU-1,2026-11-02,10,12345678Z,Audited Customer")
                .getInt("id");
        LoginPage.open(driver, url).signInAs("admin", "admin");
        assertThat(driver.findElements(By.id("nav:audit")))
                .as("the Audit menu item")
                .isNotEmpty();

        AuditPage page = AuditPage.open(driver, url, "user=operator&action=" + AuditAction.RUN_STARTED)
                .search("(id " + runId + ")");

        assertThat(page.entries())
                .singleElement()
                .asString()
                .contains(
                        "operator",
                        AuditAction.RUN_STARTED.name(),
                        "of invoice-check (id " + runId + ")",
                        "dry run, 1 records");
    }

    @Test
    void anOperatorHasNoAuditMenuAndIsRefusedThePage() {
        LoginPage.open(driver, url).signInAs("operator", "operator");

        assertThat(driver.findElements(By.id("nav:audit"))).isEmpty();
        driver.get(ConsolePages.address(url, "console/audit.xhtml"));
        assertThat(driver.findElements(By.id("auditForm:entries"))).isEmpty();
        assertThat(driver.getPageSource()).contains("Forbidden");
    }
}
