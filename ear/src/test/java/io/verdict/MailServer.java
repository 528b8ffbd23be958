package io.verdict;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on the loopback port the IT server's mail session sends to ({@code VERDICT_SMTP_PORT}
 * in the failsafe configuration), started and stopped by the test.
 */
public final class MailServer implements AutoCloseable {

    public static final int SMTP_PORT = 10025;

    private final GreenMail greenMail =
            new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public static MailServer start() {
        MailServer server = new MailServer();
        server.greenMail.start();
        return server;
    }

    /** The messages received so far whose subject contains {@code text}. */
    public List<MimeMessage> withSubject(String text) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> subject(message).contains(text))
                .toList();
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
