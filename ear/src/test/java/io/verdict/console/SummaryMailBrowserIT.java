package io.verdict.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.MailServer;
import io.verdict.Runs;
import io.verdict.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run page tells what became of the run's summary e-mail (run with -Dbrowser): while the SMTP server is down, the
 * refusal and the next attempt; once it is up, that it was sent. The page keeps refreshing until then.
 */
class SummaryMailBrowserIT extends BrowserIT {

    @AfterEach
    void noRecipients() {
        assertThat(Api.as(url, "admin", "admin")
                        .put("api/v1/processes/invoice-check", "{\"recipients\":[]}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theRunPageShowsTheSummaryWaitingForTheSmtpServerThenSent() {
        Api admin = Api.as(url, "admin", "admin");
        Runs runs = new Runs(Api.as(url, "operator", "operator"));
        runs.configureInvoiceCheckForTests(admin);
        assertThat(admin.put("api/v1/processes/invoice-check", "{\"recipients\":[\"desk@verdict.test\"]}")
                        .status())
                .isEqualTo(200);
        new Sandbox(url).invoice("MB-1", "PENDING");
        long runId = runs.awaitEnded(runs.startCsv("invoice-check", false, "MB-1,2026-11-02,10,12345678Z,Browser SL")
                        .getInt("id"))
                .getInt("id");

        LoginPage.open(driver, url).signInAs("viewer", "viewer");
        RunPage page = RunPage.open(driver, url, runId);
        assertThat(page.mailStatusOnceItSays("Next attempt at"))
                .startsWith("Not sent yet to desk@verdict.test")
                .contains("Connection refused");

        try (MailServer smtp = MailServer.start()) {
            assertThat(page.mailStatusOnceItSays("Sent to")).startsWith("Sent to desk@verdict.test at ");
        }
    }
}
