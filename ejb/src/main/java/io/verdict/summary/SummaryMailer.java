package io.verdict.summary;

import io.verdict.result.Result;
import io.verdict.run.Run;
import io.verdict.run.RunExports;
import io.verdict.run.WorkItemRows;
import io.verdict.run.WorkItems;
import io.verdict.server.PublicUrl;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends one run's summary through WildFly's {@code java:jboss/mail/Verdict} session: text and HTML, with the failures
 * export attached when the run has failures and it is not too big. Outside any transaction: the {@link MailLedger}
 * claims the summary and records the outcome in short ones. A failed attempt is recorded on the summary, never thrown
 * at the run.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SummaryMailer {

    private static final Logger LOG = Logger.getLogger(SummaryMailer.class.getName());
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A bigger failures export is not attached: mail servers refuse large messages. */
    static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    @Resource(lookup = "java:jboss/mail/Verdict")
    Session session;

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    MailLedger ledger;

    @Inject
    WorkItemRows items;

    @Inject
    WorkItems workItems;

    @Inject
    RunExports exports;

    @Inject
    MailSettings settings;

    @Inject
    PublicUrl publicUrl;

    /** Sends the summary when it is due and no other node took it first. */
    public void deliver(long runId) {
        Optional<List<String>> recipients = ledger.claim(runId);
        if (recipients.isEmpty()) {
            return;
        }
        try {
            Transport.send(message(em.find(Run.class, runId), recipients.get()));
            ledger.sent(runId, null);
        } catch (SendFailedException e) {
            Address[] sent = e.getValidSentAddresses();
            if (sent != null && sent.length > 0) {
                ledger.sent(runId, "Not delivered to " + addresses(e.getInvalidAddresses()) + ": " + why(e));
            } else {
                failed(runId, why(e), e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            failed(runId, why(e), false);
        }
    }

    private void failed(long runId, String why, boolean permanent) {
        ledger.failed(runId, why, permanent);
        LOG.warning(() ->
                "The summary of run " + runId + " could not be sent" + (permanent ? " (given up)" : "") + ": " + why);
    }

    private static String addresses(Address[] addresses) {
        return addresses == null
                ? "some recipients"
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private MimeMessage message(Run run, List<String> recipients) throws MessagingException, IOException {
        RunSummary summary = summary(run);
        byte[] failures = summary.hasFailures() ? failures(run) : new byte[0];
        boolean attached = failures.length > 0;
        SummaryMessage words = new SummaryMessage(summary, attached);

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(words.text(), StandardCharsets.UTF_8.name());
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(words.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(html);

        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", recipients)));
        message.setSubject(words.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (attached) {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(failures, XLSX)));
            attachment.setFileName(summary.failuresFileName());
            message.setContent(new MimeMultipart(body, attachment));
        } else {
            message.setContent(alternative);
        }
        return message;
    }

    /** The failures export, the same file as the console's "Export failures"; empty when it would be too big. */
    private byte[] failures(Run run) throws IOException {
        SizeLimitedStream xlsx = new SizeLimitedStream(MAX_ATTACHMENT_BYTES);
        try {
            exports.write(run, Set.of(Result.KO, Result.ERROR), xlsx);
            return xlsx.toByteArray();
        } catch (SizeLimitedStream.TooLarge e) {
            return new byte[0];
        }
    }

    private RunSummary summary(Run run) {
        return new RunSummary(
                run.getProcess().getName(),
                run.getNumber(),
                run.getState(),
                run.getTrigger(),
                run.getRunBy(),
                run.isDryRun(),
                run.getStoppedBy(),
                items.counts(run.getId()),
                workItems.koReasons(run.getId(), run.getProcess().getName()),
                run.getStartedAt(),
                run.getEndedAt(),
                settings.displayZone(),
                publicUrl.runPage(run.getId()));
    }

    /** What went wrong, with the cause that says most (e.g. "Connection refused"). */
    private static String why(Exception e) {
        StringBuilder why = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            why.append(": ").append(cause.getMessage());
        }
        return why.toString();
    }
}
