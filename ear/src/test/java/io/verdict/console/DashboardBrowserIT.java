package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The dashboard a user lands on (run with -Dbrowser): the run that needs them, the most frequent KO reason with what
 * to do, each process's rates chart and the robots' status.
 */
class DashboardBrowserIT extends BrowserIT {

    @Test
    void anOperatorLandsOnTheDashboardAndSeesTheUnresolvedRunItsKoReasonAndTheRates() {
        Runs runs = new Runs(Api.as(url, "operator", "operator"));
        JsonObject created = runs.startCsv(
                "invoice-check",
                true,
                "DB-1,2026-11-02,10,12345678Z,Dashboard Customer",
                "DB-2,2026-11-02,10,NOT-A-TAX-ID,Dashboard Wrong Tax Id");
        long runId = created.getInt("id");
        assertThat(runs.awaitEnded(runId).getString("state")).isEqualTo("UNRESOLVED");
        String reasonCode = runs.itemsByKey(runId).get("DB-2").getString("reasonCode");

        DashboardPage dashboard = LoginPage.open(driver, url).signInAs("operator", "operator");

        assertThat(dashboard.unresolvedRuns()).contains("#" + created.getInt("number") + " invoice-check");
        assertThat(dashboard.topKoReasons()).contains("invoice-check", reasonCode);
        assertThat(dashboard.rates("invoice-check")).containsPattern("[\\d,]+ records: [\\d.]+ % OK · [\\d.]+ % KO");
        assertThat(dashboard.chartDrawn("invoice-check")).isTrue();
        assertThat(dashboard.robot("it-robot")).contains("CONNECTED", "ACTIVE").doesNotContain("DISCONNECTED");
        Browser.screenshot(driver, "dashboard");
    }
}
