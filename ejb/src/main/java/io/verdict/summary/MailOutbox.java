package io.verdict.summary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the summary e-mails that are due, every few seconds, one after the other: one that the SMTP server refuses
 * waits for its next attempt without holding up the others. A tick that finds the previous one still sending leaves
 * the work to it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@Lock(LockType.READ)
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());
    private static final int BATCH = 20;

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    SummaryMailer mailer;

    @Inject
    MailSettings settings;

    private final AtomicBoolean sending = new AtomicBoolean();

    /** Reads the mail settings when Verdict starts: a bad one stops the deployment, not every send. */
    @PostConstruct
    void checkSettings() {
        settings.displayZone();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "summary e-mails")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long runId : due()) {
                try {
                    mailer.deliver(runId);
                } catch (RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "The summary of run " + runId + " could not be handled; it is tried again.",
                            e);
                }
            }
        } finally {
            sending.set(false);
        }
    }

    private List<Long> due() {
        return em.createQuery(
                        "SELECT m.runId FROM RunMail m WHERE m.state = :pending AND m.nextAttemptAt <= :now"
                                + " ORDER BY m.nextAttemptAt",
                        Long.class)
                .setParameter("pending", MailState.PENDING)
                .setParameter("now", Instant.now())
                .setMaxResults(BATCH)
                .getResultList();
    }
}
