package io.verdict.summary;

import io.verdict.run.Run;
import io.verdict.run.RunEnded;
import io.verdict.user.UserService;
import io.verdict.vocabulary.MailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who gets a run's summary: the process's recipients and the person who started it (their profile address,
 * or the sender of the e-mail that started it). The summary is queued in the transaction that ends the run ({@link RunEnded}): it is
 * never lost, and it never makes the run fail; the {@link MailOutbox} sends it.
 */
@ApplicationScoped
public class SummaryMails {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    UserService users;

    @Transactional(Transactional.TxType.MANDATORY)
    void runEnded(@Observes RunEnded ended) {
        Run run = ended.run();
        if (em.find(RunMail.class, run.getId()) != null) {
            return;
        }
        Set<String> recipients = new LinkedHashSet<>(run.getProcess().getRecipients());
        starter(run.getRunBy()).ifPresent(recipients::add);
        if (!recipients.isEmpty()) {
            em.persist(new RunMail(run.getId(), List.copyOf(recipients), Instant.now()));
        }
    }

    /** What became of the run's summary; empty when it had nobody to go to. */
    public Optional<RunMail> of(long runId) {
        return Optional.ofNullable(em.find(RunMail.class, runId));
    }

    private Optional<String> starter(String runBy) {
        return MailAddress.isValid(runBy) ? Optional.of(runBy) : users.email(runBy);
    }
}
