package io.verdict.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import io.verdict.Management;
import jakarta.json.JsonObject;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.junit.jupiter.api.Test;

/**
 * The sandbox portal is a deployment of its own beside Verdict: robots see its invoices without signing in, only an
 * admin changes how it behaves, it keeps what it is sent within bounds, and without it invoice-check says which
 * setting to fill instead of judging the invoices.
 */
class SandboxIT extends InvoiceRunIT {

    private static final String SANDBOX = "deployment=verdict-sandbox.war";

    @ArquillianResource
    ManagementClient management;

    @Test
    void onlyAnAdminChangesHowThePortalBehaves() {
        String latency = "{\"ms\":0}";

        assertThat(Api.anonymous(url).put("sandbox/api/latency", latency).status())
                .isEqualTo(401);
        assertThat(operator.put("sandbox/api/latency", latency).status()).isEqualTo(403);
        assertThat(operator.delete("sandbox/api/").status()).isEqualTo(403);
        assertThat(admin.put("sandbox/api/latency", latency).status()).isEqualTo(204);
        assertThat(Api.anonymous(url)
                        .put("sandbox/api/invoices/SBX-1", "{\"status\":\"PENDING\"}")
                        .header("X-Verdict-Sandbox"))
                .isEqualTo("on");
    }

    @Test
    void whatThePortalKeepsIsBounded() {
        Api.Response longNumber =
                Api.anonymous(url).put("sandbox/api/invoices/" + "9".repeat(101), "{\"status\":\"PENDING\"}");
        Api.Response hugeBody = Api.anonymous(url)
                .put("sandbox/api/invoices/SBX-2", "{\"status\":\"PENDING\",\"pad\":\"" + "x".repeat(70_000) + "\"}");
        Api.Response slow = admin.put("sandbox/api/latency", "{\"ms\":10001}");

        assertThat(longNumber.status()).isEqualTo(400);
        assertThat(longNumber.object().getString("detail")).contains("1 to 100 characters");
        assertThat(hugeBody.status()).isEqualTo(400);
        assertThat(hugeBody.object().getString("detail")).contains("at most 65536 bytes");
        assertThat(slow.status()).isEqualTo(400);
        assertThat(slow.object().getString("detail")).contains("at most 10000");
    }

    @Test
    void withoutTheSandboxARecordEndsErrorNamingTheSettingToFill() {
        changeInvoiceCheck("\"settings\":{\"portalUrl\":\"\"}");
        Management server = new Management(management);
        server.result(Management.operation(SANDBOX, "undeploy"));
        try {
            JsonObject run = runs.awaitEnded(
                    runs.startCsv("invoice-check", false, "SBX-3,2026-11-02,1250.50,12345678Z,Acme Iberia SL")
                            .getInt("id"));

            JsonObject item = runs.itemsByKey(run.getInt("id")).get("SBX-3");
            assertThat(item.getString("result")).isEqualTo("ERROR");
            assertThat(item.getString("reason")).contains("portalUrl is empty", "no sandbox portal");
        } finally {
            server.result(Management.operation(SANDBOX, "deploy"));
        }
    }
}
