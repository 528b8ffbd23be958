package io.verdict.emailtrigger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Answers a message that started no run, through Verdict's outgoing mail session, so its sender learns why and what
 * to send instead; marked as an automatic reply. A reply that cannot be sent is logged; the refusal stays in the audit
 * trail.
 */
@ApplicationScoped
public class MailReplies {

    private static final Logger LOG = Logger.getLogger(MailReplies.class.getName());

    @Resource(lookup = "java:jboss/mail/Verdict")
    Session session;

    /**
     * Whether a message was sent by a machine (an auto-responder, a bounce, a mailing list): it gets no reply, so that
     * two machines never answer each other for ever (RFC 3834).
     */
    static boolean isAutomatic(Message message, String sender) throws MessagingException {
        return isAutomatic(first(message, "Auto-Submitted"), first(message, "Precedence"), sender);
    }

    /** The same from the header values (null when absent) and the sender's address. */
    static boolean isAutomatic(String autoSubmitted, String precedence, String sender) {
        String local = sender.substring(0, sender.indexOf('@')).toLowerCase(Locale.ROOT);
        return autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no")
                || precedence != null
                        && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list")
                || local.equals("mailer-daemon")
                || local.equals("postmaster");
    }

    private static String first(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        return values == null || values.length == 0 ? null : values[0];
    }

    void refusal(Message original, String sender, String process, String subject, String why) {
        try {
            MimeMessage reply = new MimeMessage(session);
            reply.setFrom();
            reply.setRecipient(Message.RecipientType.TO, new InternetAddress(sender));
            reply.setSubject("Re: " + subject, StandardCharsets.UTF_8.name());
            String[] messageId = original.getHeader("Message-ID");
            if (messageId != null && messageId.length > 0) {
                reply.setHeader("In-Reply-To", messageId[0]);
                reply.setHeader("References", messageId[0]);
            }
            reply.setHeader("Auto-Submitted", "auto-replied");
            reply.setSentDate(new Date());
            reply.setText(
                    "Verdict did not start a run of " + process + " from your message \"" + subject + "\":\n\n" + why
                            + "\n\nNothing was created. Correct it and send the message again.\n",
                    StandardCharsets.UTF_8.name());
            Transport.send(reply);
        } catch (MessagingException e) {
            LOG.warning(
                    () -> "The reply to " + sender + " about a refused message could not be sent: " + e.getMessage());
        }
    }
}
