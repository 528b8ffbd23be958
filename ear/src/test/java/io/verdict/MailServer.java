package io.verdict;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real SMTP and IMAP server (GreenMail) on the loopback ports the IT server's mail session sends to and its e-mail
 * trigger reads ({@code VERDICT_SMTP_PORT}, {@code VERDICT_IMAP_*} in the failsafe configuration), started and
 * stopped by the test. It holds the trigger's mailbox, {@link #MAILBOX}.
 */
public final class MailServer implements AutoCloseable {

    public static final int SMTP_PORT = 10025, IMAP_PORT = 10143;
    public static final String MAILBOX = "robot@verdict.test";

    private final GreenMail greenMail = new GreenMail(new ServerSetup[] {
        new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
    });
    private GreenMailUser mailbox;

    public static MailServer start() {
        MailServer server = new MailServer();
        server.greenMail.start();
        server.mailbox = server.greenMail.setUser(MAILBOX, MAILBOX, "robot-pw");
        return server;
    }

    /** The messages received so far whose subject contains {@code text}. */
    public List<MimeMessage> withSubject(String text) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> subject(message).contains(text))
                .toList();
    }

    /** How many messages the trigger's mailbox still holds in its INBOX. */
    public int inboxSize() {
        try {
            return greenMail
                    .getManagers()
                    .getImapHostManager()
                    .getInbox(mailbox)
                    .getMessageCount();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a message through the server's SMTP, with attachments by file name. */
    public void send(String from, String to, String subject, Map<String, byte[]> attachments) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(SMTP_PORT));
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject);
            MimeMultipart body = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Please process the attached file.");
            body.addBodyPart(text);
            for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(attachment.getValue(), "application/octet-stream")));
                file.setFileName(attachment.getKey());
                body.addBodyPart(file);
            }
            message.setContent(body);
            Transport.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
