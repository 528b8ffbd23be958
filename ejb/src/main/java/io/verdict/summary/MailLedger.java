package io.verdict.summary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The short transactions around one attempt to send a summary: claiming it, then recording what became of it. Nothing
 * is locked while the message is built and sent; the claim's lease keeps other nodes off it meanwhile, and a node
 * that dies while sending leaves it to be tried again when the lease ends (a summary is sent at least once).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailLedger {

    /** How long a claimed summary is left to the node that claimed it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    MailSettings settings;

    /** Who to send it to, when the summary was due and this call took it: one more attempt is counted. */
    public Optional<List<String>> claim(long runId) {
        Instant now = Instant.now();
        int claimed = em.createQuery("UPDATE RunMail m SET m.nextAttemptAt = :lease, m.attempts = m.attempts + 1"
                        + " WHERE m.runId = :run AND m.state = :pending AND m.nextAttemptAt <= :now")
                .setParameter("lease", now.plus(LEASE))
                .setParameter("run", runId)
                .setParameter("pending", MailState.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return claimed == 0
                ? Optional.empty()
                : Optional.of(List.copyOf(em.find(RunMail.class, runId).getRecipients()));
    }

    public void sent(long runId, String note) {
        em.find(RunMail.class, runId).sent(Instant.now(), note);
    }

    public void failed(long runId, String error, boolean permanent) {
        RunMail mail = em.find(RunMail.class, runId);
        mail.failed(error, Instant.now(), settings.delayAfter(mail.getAttempts()), settings.attempts(), permanent);
    }
}
