package io.verdict.emailtrigger;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.run.FileInput;
import io.verdict.vocabulary.MailAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The e-mail trigger: every {@code VERDICT_IMAP_POLL_SECONDS} it reads the folders that processes watch, and each
 * message there starts a run of its process from its one {@code .xlsx} or {@code .csv} attachment, run by its
 * sender; a message without a usable attachment gets a reply saying why. Every message is deleted once taken. Off
 * when no IMAP host is set; no connection is made while no process watches a folder.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPoller {

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    /** A run-by name is at most this long: longer addresses cannot run anything. */
    private static final int MAX_SENDER_LENGTH = 100;
    /** As large as an upload may be. */
    static final long MAX_ATTACHMENT_BYTES = 100L * 1024 * 1024;

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    MailboxSettings settings;

    @Inject
    MailRunStarter starter;

    @Inject
    MailReplies replies;

    private final AtomicBoolean polling = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (settings.isConfigured()) {
            long interval = settings.pollSeconds() * 1000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig("e-mail trigger", false));
        }
    }

    @Timeout
    void poll() {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        try {
            List<Object[]> watched = em.createQuery(
                            "SELECT p.name, p.mailFolder FROM Process p WHERE p.mailFolder IS NOT NULL", Object[].class)
                    .getResultList();
            if (!watched.isEmpty()) {
                read(watched);
            }
        } finally {
            polling.set(false);
        }
    }

    private void read(List<Object[]> watched) {
        try (Store store = Session.getInstance(settings.sessionProperties()).getStore()) {
            store.connect(settings.user(), settings.password());
            for (Object[] process : watched) {
                try {
                    read(store, (String) process[0], (String) process[1]);
                } catch (MessagingException | RuntimeException e) {
                    LOG.warning(() -> "The folder \"" + process[1] + "\" of process " + process[0]
                            + " could not be read; it is read again at the next poll: " + e.getMessage());
                }
            }
        } catch (MessagingException e) {
            LOG.warning(() -> "The mailbox of the e-mail trigger could not be read: " + e.getMessage());
        }
    }

    private void read(Store store, String process, String folderName) throws MessagingException {
        Folder folder = store.getFolder(folderName);
        if (!folder.exists()) {
            LOG.warning(() -> "Process " + process + " watches the folder \"" + folderName + "\", which the mailbox"
                    + " does not have.");
            return;
        }
        folder.open(Folder.READ_WRITE);
        try {
            UIDFolder uids = (UIDFolder) folder;
            for (Message message : folder.getMessages()) {
                if (!message.isSet(Flags.Flag.DELETED)) {
                    String key = folderName + "/" + uids.getUIDValidity() + "/" + uids.getUID(message);
                    if (take(process, key, message)) {
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                }
            }
        } finally {
            folder.close(true);
        }
    }

    /**
     * Starts a run from the message, or refuses it; false when it should be tried again at the next poll (the database
     * or the mailbox failed, or another node is taking the same message).
     */
    private boolean take(String process, String key, Message message) {
        try {
            if (starter.handled(key)) {
                return true;
            }
            String subject = subject(message);
            String sender = sender(message);
            if (sender == null || !settings.allows(sender)) {
                starter.refuse(
                        key,
                        process,
                        sender,
                        subject,
                        sender == null
                                ? "The message has no sender address Verdict can run as."
                                : sender + " is not among VERDICT_IMAP_ALLOWED_SENDERS.");
                return true;
            }
            String why = start(process, key, message, sender, subject);
            if (why != null) {
                starter.refuse(key, process, sender, subject, why);
                if (!MailReplies.isAutomatic(message, sender)) {
                    replies.refusal(message, sender, process, subject, why);
                }
            }
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "A message to process " + process + " is left for the next poll: " + e.getMessage());
            return false;
        }
    }

    /**
     * Starts the run; null when it started, else why not. The attachment is first copied to a temporary file, at most
     * {@link #MAX_ATTACHMENT_BYTES}, so that no transaction waits on the mailbox.
     */
    private String start(String process, String key, Message message, String sender, String subject) {
        try {
            List<Part> attachments = new ArrayList<>();
            attachments(message, attachments);
            List<String> names = new ArrayList<>();
            for (Part attachment : attachments) {
                names.add(MimeUtility.decodeText(attachment.getFileName()));
            }
            AttachmentChoice choice = AttachmentChoice.of(names);
            if (choice.isRefused()) {
                return choice.refusal();
            }
            Path copy = Files.createTempFile("verdict-mail-", ".input");
            try {
                if (!copyAtMost(attachments.get(choice.index()), copy)) {
                    return "\"" + choice.fileName() + "\" is larger than " + MAX_ATTACHMENT_BYTES / (1024 * 1024)
                            + " MiB, the most a run's input may be.";
                }
                try (InputStream content = Files.newInputStream(copy)) {
                    starter.start(key, process, sender, subject, new FileInput(choice.format(), content));
                    return null;
                } catch (InvalidRequestException | ConflictException refused) {
                    return "\"" + choice.fileName() + "\" was refused and nothing was created: " + refused.getMessage();
                }
            } finally {
                Files.deleteIfExists(copy);
            }
        } catch (MessagingException | IOException e) {
            return "The message could not be read: " + e.getMessage();
        }
    }

    /** Copies the part's content to the file; false when it is larger than a run's input may be. */
    private static boolean copyAtMost(Part part, Path file) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream();
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            for (int read; (read = in.read(buffer)) != -1; ) {
                copied += read;
                if (copied > MAX_ATTACHMENT_BYTES) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
            return true;
        }
    }

    /** The parts that carry a file name, depth first. */
    private static void attachments(Part part, List<Part> attachments) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                attachments(multipart.getBodyPart(i), attachments);
            }
        } else if (part.getFileName() != null) {
            attachments.add(part);
        }
    }

    private static String sender(Message message) {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
                return null;
            }
            String sender = address.getAddress();
            return MailAddress.isValid(sender) && sender.length() <= MAX_SENDER_LENGTH ? sender : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String subject(Message message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
