package io.verdict.emailtrigger;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.process.ProcessService;
import io.verdict.run.FileInput;
import io.verdict.run.Launch;
import io.verdict.run.Run;
import io.verdict.run.RunService;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Turns a message of a watched folder into a run, as an operator would, run by its sender; or records why it could
 * not. The message's record and its run commit together: a message that made a run is never taken again.
 */
@Stateless
@PermitAll
@RunAs(Role.OPERATOR_NAME)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailRunStarter {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    ProcessService processes;

    @Inject
    RunService runs;

    @Inject
    AuditService audit;

    /** Whether the message with this key was taken before, by this node or another. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean handled(String messageKey) {
        return em.find(MailTrigger.class, messageKey) != null;
    }

    /** Starts a run of the process from the attachment; a refused file rolls everything back. */
    public Run start(String messageKey, String process, String sender, String subject, FileInput attachment) {
        MailTrigger trigger = taken(messageKey, process, sender, subject);
        Run run = runs.start(process, attachment, false, Launch.byEmail(sender));
        trigger.ran(run.getId());
        return run;
    }

    /** Records that the message starts no run, and why; audited, as nobody signed in sees it otherwise. */
    public void refuse(String messageKey, String process, String sender, String subject, String why) {
        taken(messageKey, process, sender, subject).refused(why);
        audit.recordBySystem(
                AuditAction.EMAIL_REFUSED,
                "process " + process,
                "message from " + (sender == null ? "an unknown sender" : sender) + " \"" + subject + "\": " + why);
    }

    private MailTrigger taken(String messageKey, String process, String sender, String subject) {
        MailTrigger trigger = new MailTrigger(messageKey, processes.require(process), sender, subject, Instant.now());
        em.persist(trigger);
        em.flush();
        return trigger;
    }
}
