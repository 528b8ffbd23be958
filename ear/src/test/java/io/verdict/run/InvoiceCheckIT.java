package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.InvoiceRunIT;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code invoice-check} process end to end, through the API, against the sandbox portal. */
class InvoiceCheckIT extends InvoiceRunIT {

    @Test
    void theSeedTableEndsOkKoKoError() {
        sandbox.invoice("S-001", "PENDING").invoice("S-002", "PAID").invoice("S-003", "PENDING");
        sandbox.invoice("S-004", "PENDING").fault("S-004", "HTTP_503", 10);

        JsonObject created = runs.startCsv(
                "invoice-check",
                false,
                "S-001,2026-11-02,1250.50,12345678Z,Acme Iberia SL",
                "S-002,2026-11-03,99.90,B12345674,Paid Already SA",
                "S-003,2026-11-04,10,,No Tax Id SL",
                "S-004,2026-11-05,42,X1234567L,Site Down SL");
        JsonObject run = runs.awaitEnded(created.getInt("id"));

        assertThat(created.getString("state")).isEqualTo("PENDING");
        assertThat(run.getString("state")).isEqualTo("UNRESOLVED");
        assertThat(run.getString("trigger")).isEqualTo("API");
        assertThat(run.getString("runBy")).isEqualTo("operator");
        assertThat(run.getInt("total")).isEqualTo(4);
        assertThat(run.getInt("ok")).isEqualTo(1);
        assertThat(run.getInt("ko")).isEqualTo(2);
        assertThat(run.getInt("error")).isEqualTo(1);
        assertThat(run.getInt("pending")).isZero();
        assertThat(run.getJsonNumber("leadTimeMs").longValue()).isPositive();

        Map<String, JsonObject> items = runs.itemsByKey(run.getInt("id"));
        assertThat(items.get("S-001").getString("result")).isEqualTo("OK");
        assertThat(items.get("S-001").getString("output")).startsWith("Confirmation CONF-");
        assertThat(items.get("S-002").getString("result")).isEqualTo("KO");
        assertThat(items.get("S-002").getString("reasonCode")).isEqualTo("BUSINESS_RULE");
        assertThat(items.get("S-002").getString("reason")).contains("already paid");
        assertThat(items.get("S-003").getString("reasonCode")).isEqualTo("MISSING_DATA");
        assertThat(items.get("S-004").getString("result")).isEqualTo("ERROR");
        assertThat(items.get("S-004").getString("reasonCode")).isEqualTo("AVAILABILITY");
        assertThat(items.get("S-004").getInt("attempts")).isEqualTo(3);
        assertThat(items.values()).allSatisfy(item -> {
            if (!item.getString("result").equals("OK")) {
                assertThat(item.getString("suggestedAction")).isNotBlank();
            }
        });
        assertThat(sandbox.status("S-001")).isEqualTo("SUBMITTED");
    }

    @Test
    void everyDataRuleHasItsReasonCodeAndTheFirstFailingRuleWins() {
        JsonObject run = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        false,
                        ",2026-11-02,10,12345678Z,No Number",
                        "R-02,2026-11-02,10,12345678A,Bad Tax Id Control",
                        "R-03,2026-02-30,10,12345678Z,No Such Day",
                        "R-04,2026-11-02,\"12,5,0\",12345678Z,Bad Amount",
                        "R-05,2026-11-02,0,12345678Z,Zero Amount",
                        "R-06,2026-11-02,1000000.01,12345678Z,Too Much",
                        "R-07,not-a-date,-5,,Several Faults",
                        "R-08,2026-11-02,10,Q2826000H,Original",
                        "R-08,2026-11-02,10,Q2826000H,Duplicate")
                .getInt("id"));

        Map<Integer, JsonObject> bySeq = new HashMap<>();
        runs.items(run.getInt("id"), "").forEach(item -> bySeq.put(item.getInt("seq"), item));
        assertThat(bySeq.get(1).getString("reasonCode")).isEqualTo("MISSING_DATA");
        assertThat(bySeq.get(2).getString("reasonCode")).isEqualTo("INVALID_FORMAT");
        assertThat(bySeq.get(2).getString("reason")).contains("12345678A");
        assertThat(bySeq.get(3).getString("reasonCode")).isEqualTo("INVALID_FORMAT");
        assertThat(bySeq.get(4).getString("reasonCode")).isEqualTo("INVALID_FORMAT");
        assertThat(bySeq.get(5).getString("reasonCode")).isEqualTo("OUT_OF_RANGE");
        assertThat(bySeq.get(6).getString("reasonCode")).isEqualTo("OUT_OF_RANGE");
        assertThat(bySeq.get(7).getString("reasonCode"))
                .as("tax id missing comes first")
                .isEqualTo("MISSING_DATA");
        assertThat(bySeq.get(8).getString("reasonCode"))
                .as("unknown to the portal")
                .isEqualTo("BUSINESS_RULE");
        assertThat(bySeq.get(9).getString("reasonCode")).isEqualTo("DUPLICATE");
        assertThat(bySeq.values())
                .allSatisfy(item -> assertThat(item.getString("result")).isEqualTo("KO"));
        assertThat(bySeq.values())
                .allSatisfy(item -> assertThat(item.getInt("attempts")).isEqualTo(1));
    }

    @Test
    void portalOutcomesAreBusinessOrTechnicalAsTheyShouldBe() {
        sandbox.invoice("P-SUB", "SUBMITTED");
        sandbox.invoice("P-TIMEOUT", "PENDING").fault("P-TIMEOUT", "TIMEOUT", 5);
        sandbox.invoice("P-RESET", "PENDING").fault("P-RESET", "RESET", 5);

        JsonObject run = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        false,
                        "P-SUB,2026-11-02,10,12345678Z,Submitted",
                        "P-UNKNOWN,2026-11-02,10,12345678Z,Unknown",
                        "P-TIMEOUT,2026-11-02,10,12345678Z,Slow",
                        "P-RESET,2026-11-02,10,12345678Z,Broken")
                .getInt("id"));

        Map<String, JsonObject> items = runs.itemsByKey(run.getInt("id"));
        assertThat(items.get("P-SUB").getString("reason")).contains("already submitted");
        assertThat(items.get("P-UNKNOWN").getString("reason")).contains("unknown to the invoicing portal");
        assertThat(items.get("P-TIMEOUT").getString("result")).isEqualTo("ERROR");
        assertThat(items.get("P-TIMEOUT").getString("reasonCode")).isEqualTo("CONNECTIVITY");
        assertThat(items.get("P-TIMEOUT").getString("reason")).contains("did not answer within 1000 ms");
        assertThat(items.get("P-TIMEOUT").getInt("attempts")).isEqualTo(3);
        assertThat(items.get("P-RESET").getString("reasonCode")).isEqualTo("CONNECTIVITY");
        assertThat(items.get("P-RESET").getInt("attempts")).isEqualTo(3);
    }

    @Test
    void anInvoiceFailingTwiceThenSucceedingEndsOkWithThreeAttempts() {
        sandbox.invoice("RETRY-1", "PENDING").fault("RETRY-1", "HTTP_503", 2);

        JsonObject run =
                runs.awaitEnded(runs.startCsv("invoice-check", false, "RETRY-1,2026-11-02,10,12345678Z,Flaky Portal")
                        .getInt("id"));

        JsonObject item = runs.itemsByKey(run.getInt("id")).get("RETRY-1");
        assertThat(item.getString("result")).isEqualTo("OK");
        assertThat(item.getInt("attempts")).isEqualTo(3);
        assertThat(run.getString("state")).isEqualTo("COMPLETED");
        assertThat(sandbox.submissions("RETRY-1")).isEqualTo(1);
    }

    @Test
    void aDryRunAppliesTheDataRulesOnlyAndTouchesNoTargetSystem() {
        sandbox.invoice("DRY-1", "PENDING");

        JsonObject run = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        true,
                        "DRY-1,2026-11-02,10,12345678Z,Valid",
                        "DRY-2,2026-11-02,10,00000000A,Invalid Tax Id")
                .getInt("id"));

        assertThat(run.getBoolean("dryRun")).isTrue();
        Map<String, JsonObject> items = runs.itemsByKey(run.getInt("id"));
        assertThat(items.get("DRY-1").getString("result")).isEqualTo("OK");
        assertThat(items.get("DRY-1").getString("output")).startsWith("Dry run");
        assertThat(items.get("DRY-2").getString("reasonCode")).isEqualTo("INVALID_FORMAT");
        assertThat(sandbox.status("DRY-1")).isEqualTo("PENDING");
        assertThat(sandbox.submissions("DRY-1")).isZero();
    }
}
