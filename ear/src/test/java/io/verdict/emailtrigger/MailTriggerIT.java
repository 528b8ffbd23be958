package io.verdict.emailtrigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import io.verdict.MailServer;
import io.verdict.Runs;
import io.verdict.audit.AuditAction;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The e-mail trigger against a real IMAP and SMTP server: invoice-check watches the INBOX of {@link
 * MailServer#MAILBOX}; a message with one .csv or .xlsx starts a run by its sender, any other gets a reply saying why
 * and starts nothing. The IT server reads the mailbox every 2 s and takes senders of {@code @verdict.test} only.
 */
class MailTriggerIT extends InvoiceRunIT {

    private MailServer mail;

    @BeforeEach
    void watchTheInbox() {
        mail = MailServer.start();
        mailFolder("\"INBOX\"");
    }

    @AfterEach
    void stopWatching() {
        try {
            mailFolder("null");
        } finally {
            mail.close();
        }
    }

    @Test
    void aCsvOrAnXlsxAttachmentStartsARunByItsSender() throws IOException {
        sandbox.invoice("MT-CSV", "PENDING").invoice("MT-XLSX", "PENDING");
        String csv = Runs.INVOICE_HEADER + "\nMT-CSV,2026-11-02,10,12345678Z,Mail Csv SL\n";
        mail.send(
                "ana@verdict.test",
                MailServer.MAILBOX,
                "Invoices for today",
                Map.of("invoices.csv", csv.getBytes(StandardCharsets.UTF_8)));
        mail.send("luis@verdict.test", MailServer.MAILBOX, "Excel invoices", Map.of("Invoices.XLSX", xlsx()));

        JsonObject fromCsv = runs.awaitEnded(awaitRunBy("ana@verdict.test").getInt("id"));
        JsonObject fromXlsx = runs.awaitEnded(awaitRunBy("luis@verdict.test").getInt("id"));

        assertThat(fromCsv.getString("trigger")).isEqualTo("EMAIL");
        assertThat(fromCsv.getInt("ok")).isEqualTo(1);
        assertThat(runs.itemsByKey(fromCsv.getInt("id"))).containsOnlyKeys("MT-CSV");
        assertThat(fromXlsx.getString("trigger")).isEqualTo("EMAIL");
        assertThat(runs.itemsByKey(fromXlsx.getInt("id"))).containsOnlyKeys("MT-XLSX");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mail.inboxSize())
                .as("taken messages leave the inbox")
                .isZero());
        assertThat(runs.list("trigger=EMAIL&q=ana%40verdict.test"))
                .as("a message starts one run")
                .hasSize(1);
    }

    @Test
    void aMessageWithoutAUsableAttachmentGetsAReplySayingWhyAndStartsNothing() {
        String broken = Runs.INVOICE_HEADER + "\nMT-B1,2026-11-02,10,12345678Z,Fine SL\nMT-B2,2026-11-02,10,x,\"open\n";
        Map<String, byte[]> two = new LinkedHashMap<>();
        two.put("a.csv", "x".getBytes(StandardCharsets.UTF_8));
        two.put("b.xlsx", "y".getBytes(StandardCharsets.UTF_8));
        mail.send("eva@verdict.test", MailServer.MAILBOX, "No file", Map.of());
        mail.send("eva@verdict.test", MailServer.MAILBOX, "A pdf", Map.of("report.pdf", new byte[] {37, 80, 68, 70}));
        mail.send("eva@verdict.test", MailServer.MAILBOX, "Two files", two);
        mail.send(
                "eva@verdict.test",
                MailServer.MAILBOX,
                "Broken file",
                Map.of("broken.csv", broken.getBytes(StandardCharsets.UTF_8)));

        assertThat(reply("No file")).contains("The message has no attachment");
        assertThat(reply("A pdf")).contains("None of its attachments (report.pdf) is an .xlsx or .csv file");
        assertThat(reply("Two files")).contains("send one file per message");
        assertThat(reply("Broken file"))
                .contains("\"broken.csv\" was refused and nothing was created: Row 3")
                .contains("Nothing was created.");
        assertThat(runs.list("trigger=EMAIL&q=eva%40verdict.test")).isEmpty();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(mail.inboxSize()).isZero());
    }

    @Test
    void aSenderOutsideTheAllowedDomainsStartsNothingAndGetsNoReply() {
        String csv = Runs.INVOICE_HEADER + "\nMT-EVIL,2026-11-02,10,12345678Z,Evil SL\n";
        mail.send(
                "mallory@evil.test",
                MailServer.MAILBOX,
                "Free invoices",
                Map.of("invoices.csv", csv.getBytes(StandardCharsets.UTF_8)));

        JsonObject refusal = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> admin.get("api/v1/audit?action=" + AuditAction.EMAIL_REFUSED + "&q=mallory%40evil.test")
                                .json()
                                .asJsonArray()
                                .getValuesAs(JsonObject.class),
                        entries -> !entries.isEmpty())
                .get(0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mail.inboxSize())
                .as("taken, after any reply")
                .isZero());
        assertThat(refusal.getString("user")).isEqualTo("verdict");
        assertThat(refusal.getString("detail")).contains("is not among VERDICT_IMAP_ALLOWED_SENDERS");
        assertThat(runs.list("trigger=EMAIL&q=mallory")).isEmpty();
        assertThat(mail.withSubject("Re: Free invoices"))
                .as("no reply to a stranger")
                .isEmpty();
    }

    @Test
    void aFolderIsWatchedByOneProcessOnly() {
        Api.Response taken = admin.put("api/v1/processes/http-per-record", "{\"mailFolder\":\"INBOX\"}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("\\\"INBOX\\\" is already watched by process invoice-check");
    }

    private void mailFolder(String folder) {
        changeInvoiceCheck("\"mailFolder\":" + folder);
    }

    private JsonObject awaitRunBy(String sender) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> runs.list("trigger=EMAIL&q=" + sender.replace("@", "%40")), found -> !found.isEmpty())
                .get(0);
    }

    private String reply(String subject) {
        MimeMessage reply = await().atMost(Duration.ofSeconds(60))
                .until(() -> mail.withSubject("Re: " + subject), replies -> !replies.isEmpty())
                .get(0);
        try {
            assertThat(reply.getAllRecipients()[0].toString()).isEqualTo("eva@verdict.test");
            return (String) reply.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Invoices");
            String[][] rows = {
                Runs.INVOICE_HEADER.split(","), {"MT-XLSX", "2026-11-02", "10", "12345678Z", "Mail Xlsx SL"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
