package io.verdict.lease;

import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.process.Process;
import io.verdict.process.ProcessCatalog;
import io.verdict.process.ProcessChange;
import io.verdict.process.ProcessService;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import io.verdict.run.ItemState;
import io.verdict.run.PendingChecklist;
import io.verdict.run.ProcessRequirements;
import io.verdict.run.Run;
import io.verdict.run.RunState;
import io.verdict.run.RunStopRequested;
import io.verdict.run.StopMode;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The robot protocol's calls, each one transaction that commits before its answer leaves: a lease is durable before
 * its robot sees it. Leasing locks the records it takes, passing over those another lease locked, so that two robots,
 * on any nodes, never get one record and never wait for each other's; it locks their runs shared, so that a stop or
 * the end of a run's job never passes a lease in flight, and passes its run's gate alone, to keep within its
 * process's {@code maxLeases}. Answering, extending and releasing lock the lease, so that an answer and the lease's
 * expiry or revocation never both win. Also what the run's batch job asks of the leases, outside its chunk's transaction so that a run
 * waiting for answers holds no database connection, and the expiry of silent robots' leases.
 */
@Stateless
@RolesAllowed(Role.ROBOT_NAME)
public class WorkLeases {

    /** What a record whose robot fell silent ends with. */
    static final String SILENT_ROBOT =
            "The robot stopped answering while working on this record: verify in the target system before relaunching.";

    /** A lease is extended by one second at least and, like its process's lease, a day at most at a time. */
    static final int MAX_EXTENSION_SECONDS = ProcessChange.MAX_LEASE_SECONDS;

    private static final int EXPIRED_PER_PASS = 500;

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    LeaseRows rows;

    @Inject
    ProcessCatalog catalog;

    @Inject
    ProcessService processes;

    @Inject
    RobotService robots;

    /**
     * Up to {@code max} records of the process's running runs that {@code robot} may work, oldest run first, record
     * order within a run (passing over records another robot's lease is taking at the same moment), each run's held
     * leases kept within its process's {@code maxLeases}; empty when none is available now. A robot that may not work
     * the process (not its robot, no licence, below the minimum version, never called in) is a 409 saying why.
     */
    public List<Lease> lease(String robot, String processName, int max) {
        Process process = processes.require(processName);
        if (!catalog.external(process.job())) {
            throw new ConflictException("Process " + processName + " is not worked by external robots: its records"
                    + " are processed in the server. Declare a process from the robot template for robots to lease.");
        }
        if (process.getRobot() != null && !process.getRobot().equals(robot)) {
            throw new ConflictException(
                    "Process " + processName + " is assigned to robot " + process.getRobot() + ", not " + robot + ".");
        }
        Roster roster = robots.roster();
        PendingChecklist.whyNot(ProcessRequirements.of(process, null, true), roster, robot)
                .ifPresent(why -> {
                    throw new ConflictException("Robot " + robot + " may not work " + processName + " now: " + why);
                });
        if (process.getRobot() == null
                && roster.find(robot)
                        .filter(found -> found.getCapabilities().contains(processName))
                        .isEmpty()) {
            throw new ConflictException("Robot " + robot + " does not name " + processName + " in its heartbeat's"
                    + " capabilities: a robot works the processes it says it can.");
        }
        Instant now = Instant.now();
        Instant expiresAt = now.plusSeconds(process.getLeaseSeconds());
        List<Lease> leases = new ArrayList<>();
        for (LeaseRows.Running run : rows.lockRunning(process.getId(), robot)) {
            if (leases.size() >= max) {
                break;
            }
            leases.addAll(leaseFrom(run, process, robot, max - leases.size(), now, expiresAt));
        }
        return leases;
    }

    /**
     * Up to {@code wanted} records of the run leased to the robot, the run's held leases kept within its process's
     * {@code maxLeases}. Its records are locked beside the other robots' leases, each passing over what the others
     * locked; the lease then waits at the run's gate for the leases before it to commit, counts what they hold, and
     * takes only what is left of the room; the records it locked and does not take are free again as it commits.
     */
    private List<Lease> leaseFrom(
            LeaseRows.Running run, Process process, String robot, int wanted, Instant now, Instant expiresAt) {
        List<LeaseRows.Leasable> records = rows.lockLeasable(run.id(), now, wanted);
        if (records.isEmpty()) {
            return List.of();
        }
        rows.passGate(run.id());
        int left = Math.min(records.size(), process.getMaxLeases() - rows.leased(run.id()));
        if (left <= 0) {
            return List.of();
        }
        LeaseRun leased = new LeaseRun(run.id(), run.number(), process.getName(), run.dryRun());
        return rows.take(leased, robot, records.subList(0, left), now, expiresAt);
    }

    /** Takes the robot's answer for its lease's record; the run's job writes it as the record's result. */
    public void answer(String robot, String leaseId, RobotAnswer answer) {
        answerAll(robot, List.of(new LeaseAnswer(leaseId, answer)))
                .get(0)
                .refusal()
                .ifPresent(refusal -> {
                    throw refusal;
                });
    }

    /**
     * Takes a batch of the robot's answers in one transaction, each as {@link #answer} would; a lease that refuses its
     * answer (unknown, another robot's, expired, revoked, answered) is reported and the others are taken all the same.
     * The refusals are thrown and caught here, on this bean, not through a container proxy, so the transaction stays
     * good for the other answers.
     */
    public List<LeaseAnswer> answerAll(String robot, List<LeaseAnswer> answers) {
        Map<String, LeaseRows.Held> locked =
                rows.lockAll(answers.stream().map(LeaseAnswer::leaseId).toList());
        List<LeaseAnswer> taken = new ArrayList<>(answers);
        List<LeaseRows.Reply> replies = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            LeaseAnswer answer = taken.get(i);
            try {
                Optional<LeaseRows.Held> lease = Optional.ofNullable(locked.get(LeaseRows.key(answer.leaseId())));
                replies.add(new LeaseRows.Reply(held(robot, answer.leaseId(), lease), answer.answer()));
            } catch (NotFoundException | ConflictException refused) {
                taken.set(i, answer.refused(refused));
            }
        }
        Set<String> ended = rows.answer(replies);
        for (int i = 0; i < taken.size(); i++) {
            LeaseAnswer answer = taken.get(i);
            LeaseRows.Held lease = locked.get(LeaseRows.key(answer.leaseId()));
            if (answer.refusal().isEmpty() && ended.contains(lease.id())) {
                taken.set(i, answer.refused(noLongerTheLeases(answer.leaseId())));
            }
        }
        return taken;
    }

    /** Gives the robot {@code seconds} more from now on its lease; when the lease now expires. */
    public Instant extend(String robot, String leaseId, int seconds) {
        if (seconds < 1 || seconds > MAX_EXTENSION_SECONDS) {
            throw new InvalidRequestException("seconds must be between 1 and " + MAX_EXTENSION_SECONDS + ".");
        }
        Instant expiresAt = Instant.now().plusSeconds(seconds);
        if (!rows.extend(held(robot, leaseId), expiresAt)) {
            throw noLongerTheLeases(leaseId);
        }
        return expiresAt;
    }

    /** The robot gives its lease's record back untouched: pending again, its attempt not counted. */
    public void release(String robot, String leaseId) {
        if (!rows.release(held(robot, leaseId))) {
            throw noLongerTheLeases(leaseId);
        }
    }

    /** The lease, locked, if it is {@code robot}'s and still held: else a 404 or a 409 saying what became of it. */
    private LeaseRows.Held held(String robot, String leaseId) {
        return held(robot, leaseId, rows.lock(leaseId));
    }

    /** The locked lease, if there is one, checked as {@link #held(String, String)} says. */
    private static LeaseRows.Held held(String robot, String leaseId, Optional<LeaseRows.Held> locked) {
        LeaseRows.Held lease = locked.orElseThrow(() -> new NotFoundException("No lease has the id " + leaseId + "."));
        if (!lease.robot().equals(robot)) {
            throw new ConflictException("Lease " + leaseId + " is robot " + lease.robot() + "'s, not robot " + robot
                    + "'s: a robot answers only its own leases.");
        }
        if (lease.state() != LeaseState.LEASED) {
            throw new ConflictException("Lease " + leaseId + " " + lease.state().told() + ".");
        }
        if (lease.expiresAt().isBefore(Instant.now())) {
            throw new ConflictException("Lease " + leaseId + " " + LeaseState.EXPIRED.told() + " (at "
                    + lease.expiresAt() + "): its record ends ERROR INTERRUPTED.");
        }
        return lease;
    }

    private static ConflictException noLongerTheLeases(String leaseId) {
        return new ConflictException("Lease " + leaseId + "'s record is no longer its: the run has ended.");
    }

    /** Up to a pass's worth of held leases past their time, for {@link LeaseExpiry} to end one at a time. */
    @PermitAll
    public List<LeaseRows.Expired> expired() {
        return rows.expired(Instant.now(), EXPIRED_PER_PASS);
    }

    /**
     * Ends one lease whose robot fell silent past its time, in a transaction of its own: its record ends ERROR
     * INTERRUPTED. False when it was answered, released or extended meanwhile.
     */
    @PermitAll
    public boolean expire(LeaseRows.Expired lease) {
        return rows.expire(lease, Instant.now(), SILENT_ROBOT);
    }

    /** A run terminated: its held leases are revoked at once, their records ERROR INTERRUPTED. */
    @PermitAll
    public void revokeOnTerminate(@Observes RunStopRequested stop) {
        if (stop.mode() == StopMode.TERMINATE) {
            rows.revoke(
                    stop.runId(),
                    "Terminated by " + stop.user() + " while a robot was working on this record: verify in the target"
                            + " system before relaunching.");
        }
    }

    /** What each robot is working on: the records it holds now, by run, keyed by robot. */
    @RolesAllowed({Role.VIEWER_NAME, Role.ROBOT_NAME})
    public Map<String, List<HeldRecords>> held() {
        return rows.held().stream().collect(Collectors.groupingBy(HeldRecords::robot));
    }

    /** Up to {@code limit} of the run's answered records after {@code afterId}, for its batch job to write. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<AnsweredItem> answered(long runId, long afterId, int limit) {
        return rows.answered(runId, afterId, limit);
    }

    /**
     * What the run's job has left to wait for: records leased or answered; while the run runs, pending ones too, as
     * long as a robot may lease them. Once it stops, only the leased and answered ones, whose results are still taken.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outstanding outstanding(long runId) {
        Run run = em.find(Run.class, runId);
        if (rows.any(runId, List.of(ItemState.LEASED, ItemState.ANSWERED))) {
            return Outstanding.ANSWERS;
        }
        if (run.getState() != RunState.RUNNING || !rows.any(runId, List.of(ItemState.PENDING))) {
            return Outstanding.NOTHING;
        }
        return PendingChecklist.readyRobots(ProcessRequirements.of(run, true), robots.roster())
                        .isEmpty()
                ? Outstanding.NO_ROBOT
                : Outstanding.ANSWERS;
    }

    /** Whether a stop was asked for the run: a robot's ERROR is then final rather than retried. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean stopping(long runId) {
        return runState(runId) != RunState.RUNNING;
    }

    private RunState runState(long runId) {
        return em.createQuery("SELECT r.state FROM Run r WHERE r.id = :id", RunState.class)
                .setParameter("id", runId)
                .getSingleResult();
    }
}
