package io.verdict.schedule;

import io.verdict.dropfolder.DropFolderService;
import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.run.Launch;
import io.verdict.run.Run;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires a schedule: enters its due times in the ledger, then starts the run the ledger asks for from the process's own
 * source, its inbox, as the "Scheduler" with an operator's rights. The ledger line is committed before the run is
 * created and completed after, so a failure of either never makes a second run.
 */
@Stateless
@PermitAll
@RunAs(Role.OPERATOR_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduleFirer {

    private static final Logger LOG = Logger.getLogger(ScheduleFirer.class.getName());

    @Inject
    ScheduleLedger ledger;

    @Inject
    DropFolderService dropFolders;

    /**
     * Fires what is due on the schedule by {@code now}: for its timer of {@code revision}, or, with {@code null}, when
     * the server comes back.
     */
    public void fire(long scheduleId, Integer revision, Instant now, Instant serverStart) {
        ledger.account(scheduleId, revision, now, serverStart).ifPresent(this::start);
    }

    /** When the server comes back: each schedule in turn enters what it missed and fires its catch-up, if any. */
    @Asynchronous
    public void catchUp(List<Long> scheduleIds, Instant serverStart) {
        for (long scheduleId : scheduleIds) {
            try {
                fire(scheduleId, null, Instant.now(), serverStart);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Schedule " + scheduleId + " could not catch up", e);
            }
        }
    }

    private void start(ScheduleLedger.Firing firing) {
        try {
            Run run = dropFolders.startFromInbox(
                    firing.process(), false, Launch.bySchedule(firing.scheduleId(), firing.robot()));
            ledger.ran(firing.firingId(), run.getId());
        } catch (ConflictException | InvalidRequestException | NotFoundException refused) {
            ledger.noRun(firing.firingId(), refused.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Schedule " + firing.scheduleId() + " could not start a run", e);
            ledger.noRun(firing.firingId(), "the run could not be created (" + e.getMessage() + ").");
        }
    }
}
