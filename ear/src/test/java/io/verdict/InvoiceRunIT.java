package io.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests that run invoice-check against the sandbox portal, as an operator, with quick retries and short timeouts; the
 * admin changes the process's settings.
 */
public abstract class InvoiceRunIT extends VerdictIT {

    protected Api admin;
    protected Api operator;
    protected Runs runs;
    protected Sandbox sandbox;

    @BeforeEach
    void prepareInvoiceCheck() {
        admin = Api.as(url, "admin", "admin");
        operator = Api.as(url, "operator", "operator");
        runs = new Runs(operator);
        runs.configureInvoiceCheckForTests(admin);
        sandbox = new Sandbox(url);
    }

    /** Changes invoice-check's settings, e.g. {@code "retentionDays":30}, as the admin; returns the process. */
    protected JsonObject changeInvoiceCheck(String fields) {
        Api.Response changed = admin.put("api/v1/processes/invoice-check", "{" + fields + "}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        return changed.object();
    }
}
