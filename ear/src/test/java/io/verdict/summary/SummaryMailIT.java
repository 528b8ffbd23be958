package io.verdict.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import io.verdict.MailServer;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The summary e-mail of an ended run, received by a real SMTP server: who gets it, what it says, the failures attached,
 * and how it waits out an SMTP server that is down. The IT server shows times also in Europe/Madrid
 * ({@code VERDICT_DISPLAY_ZONE}) and retries after 2 s, doubling ({@code VERDICT_MAIL_RETRY_SECONDS}).
 */
class SummaryMailIT extends InvoiceRunIT {

    private static final String OPS = "ops@verdict.test";
    private static final String OPERATOR = "operator@verdict.test";

    @AfterEach
    void noMoreMail() {
        recipients("[]");
        assertThat(operator.put("api/v1/me", "{\"email\":null}").status()).isEqualTo(200);
    }

    @Test
    void theStarterAndTheRecipientsGetTheSummaryWithTheFailuresAttached() throws Exception {
        recipients("[\"" + OPS + "\"]");
        Api.Response me = operator.put("api/v1/me", "{\"email\":\"" + OPERATOR + "\"}");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.object().getString("email")).isEqualTo(OPERATOR);
        sandbox.invoice("MAIL-1", "PENDING").invoice("MAIL-2", "PAID");

        JsonObject run;
        try (MailServer smtp = MailServer.start()) {
            run = runs.awaitEnded(runs.startCsv(
                            "invoice-check",
                            false,
                            "MAIL-1,2026-11-02,10,12345678Z,Good SL",
                            "MAIL-2,2026-11-02,10,12345678Z,Paid SL",
                            "MAIL-3,2026-11-02,10,<script>alert(1)</script>,Hostile SL")
                    .getInt("id"));
            String subject = "[Verdict] invoice-check run " + run.getInt("number") + " UNRESOLVED: 1 OK, 2 KO, 0 ERROR";
            List<MimeMessage> received = await().atMost(Duration.ofSeconds(120))
                    .until(() -> smtp.withSubject(subject), messages -> messages.size() == 2);

            MimeMessage message = received.get(0);
            assertThat(Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .map(Object::toString))
                    .containsExactlyInAnyOrder(OPS, OPERATOR);
            assertThat(message.getFrom()[0].toString()).isEqualTo("verdict@localhost");
            String text = part(message, "text/plain");
            assertThat(text)
                    .contains("invoice-check run " + run.getInt("number") + " ended UNRESOLVED.")
                    .contains("2 records need attention.")
                    .contains("Records: 3    OK: 1    KO: 2    ERROR: 0")
                    .contains("Started by: operator (API)")
                    .contains("BUSINESS_RULE: 1")
                    .contains("INVALID_FORMAT: 1")
                    .contains(" UTC / ")
                    .contains("(Europe/Madrid)")
                    .contains(url.getPort() + "/console/run.xhtml?id=" + run.getInt("id"));
            assertThat(part(message, "text/html"))
                    .as("a record's text is shown, never run")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>");
            assertThat(failureKeys(attachment(message, "invoice-check-run-" + run.getInt("number") + "-failures.xlsx")))
                    .containsExactly("MAIL-2", "MAIL-3");
        }
        JsonObject mail = mail(run.getInt("id"));
        assertThat(mail.getString("state")).isEqualTo("SENT");
        assertThat(mail.getInt("attempts")).isEqualTo(1);
    }

    @Test
    void aSummaryWaitsForTheSmtpServerAndTheRunIsNotFailedByIt() throws Exception {
        recipients("[\"" + OPS + "\"]");
        sandbox.invoice("MAIL-DOWN", "PENDING");
        JsonObject run =
                runs.awaitEnded(runs.startCsv("invoice-check", false, "MAIL-DOWN,2026-11-02,10,12345678Z,Down SL")
                        .getInt("id"));
        assertThat(run.getString("state")).isEqualTo("COMPLETED");

        JsonObject refused = await().atMost(Duration.ofSeconds(120))
                .until(() -> mail(run.getInt("id")), mail -> !mail.isNull("lastError"));
        assertThat(refused.getString("state")).isEqualTo("PENDING");
        assertThat(refused.getInt("attempts")).isGreaterThanOrEqualTo(1);
        assertThat(refused.getString("lastError")).contains("10025").contains("Connection refused");
        assertThat(refused.getString("nextAttemptAt")).isNotBlank();
        assertThat(runs.run(run.getInt("id")).getString("state")).isEqualTo("COMPLETED");

        try (MailServer smtp = MailServer.start()) {
            String subject = "[Verdict] invoice-check run " + run.getInt("number") + " COMPLETED: 1 OK, 0 KO, 0 ERROR";
            MimeMessage message = await().atMost(Duration.ofSeconds(120))
                    .until(() -> smtp.withSubject(subject), messages -> !messages.isEmpty())
                    .get(0);
            assertThat(part(message, "text/plain")).contains("Every record ended OK or was resolved: nothing to do.");
            assertThat(message.getContentType()).as("nothing to attach").startsWith("multipart/alternative");
        }
        JsonObject sent = mail(run.getInt("id"));
        assertThat(sent.getString("state")).isEqualTo("SENT");
        assertThat(sent.getInt("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(sent.containsKey("lastError") && !sent.isNull("lastError")).isFalse();
    }

    @Test
    void aRunWithNobodyToTellHasNoSummary() {
        sandbox.invoice("MAIL-NONE", "PENDING");
        JsonObject run =
                runs.awaitEnded(runs.startCsv("invoice-check", false, "MAIL-NONE,2026-11-02,10,12345678Z,Nobody SL")
                        .getInt("id"));

        Api.Response mail = operator.get("api/v1/runs/" + run.getInt("id") + "/mail");
        assertThat(mail.status()).isEqualTo(404);
        assertThat(mail.body()).contains("has no summary e-mail").contains("operator no e-mail address");
    }

    @Test
    void anAddressThatIsNotOneIsRefusedAndNamed() {
        Api.Response refused = operator.put("api/v1/me", "{\"email\":\"ops at example\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("email").contains("ops at example");
        Api.Response process = admin.put("api/v1/processes/invoice-check", "{\"recipients\":[\"<script>@x\"]}");
        assertThat(process.status()).isEqualTo(400);
        assertThat(process.body()).contains("recipients");
    }

    private void recipients(String json) {
        changeInvoiceCheck("\"recipients\":" + json);
    }

    private JsonObject mail(long runId) {
        Api.Response mail = operator.get("api/v1/runs/" + runId + "/mail");
        assertThat(mail.status()).as(mail.body()).isEqualTo(200);
        return mail.object();
    }

    private static String part(Part message, String type) throws Exception {
        for (Part part : parts(message)) {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static Part attachment(Part message, String fileName) throws Exception {
        for (Part part : parts(message)) {
            if (fileName.equals(part.getFileName())) {
                return part;
            }
        }
        throw new AssertionError("no attachment " + fileName);
    }

    /** Every leaf part of a message, depth first. */
    private static List<Part> parts(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(parts(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    /** The invoice numbers of the failures export's rows. */
    private static List<String> failureKeys(Part attachment) throws Exception {
        try (InputStream in = attachment.getInputStream();
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int key = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if (header.getCell(i).getStringCellValue().equals("InvoiceNumber")) {
                    key = i;
                }
            }
            assertThat(key).as("an InvoiceNumber column").isNotNegative();
            List<String> keys = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                keys.add(sheet.getRow(i).getCell(key).getStringCellValue());
            }
            return keys;
        }
    }
}
