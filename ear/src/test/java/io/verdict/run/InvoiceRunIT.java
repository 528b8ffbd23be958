package io.verdict.run;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.VerdictIT;
import org.junit.jupiter.api.BeforeEach;

/** Tests that run invoice-check against the sandbox portal, as an operator, with quick retries and short timeouts. */
abstract class InvoiceRunIT extends VerdictIT {

    protected Api operator;
    protected Runs runs;
    protected Sandbox sandbox;

    @BeforeEach
    void prepareInvoiceCheck() {
        operator = Api.as(url, "operator", "operator");
        runs = new Runs(operator);
        runs.configureInvoiceCheckForTests(Api.as(url, "admin", "admin"));
        sandbox = new Sandbox(url);
    }
}
