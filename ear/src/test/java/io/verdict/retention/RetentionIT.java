package io.verdict.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import io.verdict.ItDatabase;
import io.verdict.audit.AuditAction;
import jakarta.json.JsonObject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Retention: a process's runs, with their items, go once they ended longer ago than its retentionDays. */
class RetentionIT extends InvoiceRunIT {

    @AfterEach
    void defaultRetention() {
        retention(180);
    }

    @Test
    @EnabledIfSystemProperty(
            named = "verdict.db",
            matches = "mariadb",
            disabledReason = "the test ages runs by writing their end time, which only MariaDB lets a second process"
                    + " do: the embedded database belongs to the server")
    void aPurgeRemovesExactlyTheRunsThatEndedBeforeTheLimitAndTheirItems() {
        sandbox.invoice("RT-OLD-1", "PENDING").invoice("RT-OLD-2", "PAID");
        sandbox.invoice("RT-EDGE", "PENDING").invoice("RT-YOUNG", "PENDING");
        JsonObject old = runs.awaitEnded(runs.startCsv(
                        "invoice-check",
                        false,
                        "RT-OLD-1,2026-11-02,10,12345678Z,Old SL",
                        "RT-OLD-2,2026-11-02,10,12345678Z,Old Paid SL")
                .getInt("id"));
        Api.Response relaunched =
                operator.post("api/v1/runs/" + old.getInt("id") + "/relaunch", "{\"mode\":\"FAILED\"}");
        assertThat(relaunched.status()).as(relaunched.body()).isEqualTo(201);
        JsonObject child = runs.awaitEnded(relaunched.object().getInt("id"));
        JsonObject edge =
                runs.awaitEnded(runs.startCsv("invoice-check", false, "RT-EDGE,2026-11-02,10,12345678Z,Edge SL")
                        .getInt("id"));
        JsonObject young =
                runs.awaitEnded(runs.startCsv("invoice-check", false, "RT-YOUNG,2026-11-02,10,12345678Z,Young SL")
                        .getInt("id"));
        retention(30);
        endedDaysAgo(old, 31);
        endedDaysAgo(edge, 29);

        Purged invoiceCheck = purgeOf("invoice-check");

        assertThat(invoiceCheck.runs()).isEqualTo(1);
        assertThat(invoiceCheck.items()).isEqualTo(2);
        assertThat(operator.get("api/v1/runs/" + old.getInt("id")).status()).isEqualTo(404);
        assertThat(ItDatabase.number("SELECT COUNT(*) FROM work_item WHERE run_id = ?", old.getInt("id")))
                .isZero();
        assertThat(List.of(edge, young, child)).allSatisfy(run -> assertThat(
                        operator.get("api/v1/runs/" + run.getInt("id")).status())
                .isEqualTo(200));
        assertThat(runs.run(child.getInt("id")).isNull("parentRunId"))
                .as("the relaunch no longer points at the purged run")
                .isTrue();
        assertThat(runs.items(child.getInt("id"), ""))
                .allSatisfy(item -> assertThat(item.isNull("originItemId")).isTrue());

        JsonObject entry = admin.get("api/v1/audit?action=" + AuditAction.RUNS_PURGED + "&limit=1")
                .json()
                .asJsonArray()
                .getJsonObject(0);
        assertThat(entry.getString("user")).isEqualTo("admin");
        assertThat(entry.getString("target")).isEqualTo("process invoice-check");
        assertThat(entry.getString("detail"))
                .startsWith("1 runs and 2 items that ended before ")
                .contains("30 days");
        assertThat(Instant.parse(entry.getString("at"))).isAfter(Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(purgeOf("invoice-check").runs()).as("nothing left to purge").isZero();
    }

    @Test
    void runsYoungerThanTheLimitStayAndOnlyAdminsMayPurge() {
        sandbox.invoice("RT-STAY", "PENDING");
        JsonObject run =
                runs.awaitEnded(runs.startCsv("invoice-check", false, "RT-STAY,2026-11-02,10,12345678Z,Stay SL")
                        .getInt("id"));
        retention(1);

        assertThat(purgeOf("invoice-check").retentionDays()).isEqualTo(1);
        assertThat(operator.get("api/v1/runs/" + run.getInt("id")).status()).isEqualTo(200);
        assertThat(operator.post("api/v1/retention/purge", "").status()).isEqualTo(403);
        Api.Response refused = admin.put("api/v1/processes/invoice-check", "{\"retentionDays\":0}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("retentionDays must be between 1 and 3650");
    }

    private void retention(int days) {
        assertThat(changeInvoiceCheck("\"retentionDays\":" + days).getInt("retentionDays"))
                .isEqualTo(days);
    }

    private static void endedDaysAgo(JsonObject run, int days) {
        Timestamp ended = Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
        assertThat(ItDatabase.update("UPDATE run SET ended_at = ? WHERE id = ?", ended, run.getInt("id")))
                .isEqualTo(1);
    }

    private Purged purgeOf(String process) {
        Api.Response purged = admin.post("api/v1/retention/purge", "");
        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        JsonObject entry = purged.json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(one -> one.getString("process").equals(process))
                .findFirst()
                .orElseThrow();
        return new Purged(
                entry.getInt("retentionDays"),
                entry.getInt("runs"),
                entry.getJsonNumber("items").longValue());
    }

    private record Purged(int retentionDays, int runs, long items) {}
}
