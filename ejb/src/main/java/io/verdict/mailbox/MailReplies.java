package io.verdict.mailbox;

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
import java.util.logging.Logger;

/**
 * Answers a message that started no run, through Verdict's outgoing mail session, so its sender learns why and what
 * to send instead. A reply that cannot be sent is logged; the refusal stays in the audit trail.
 */
@ApplicationScoped
public class MailReplies {

    private static final Logger LOG = Logger.getLogger(MailReplies.class.getName());

    @Resource(lookup = "java:jboss/mail/Verdict")
    Session session;

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
