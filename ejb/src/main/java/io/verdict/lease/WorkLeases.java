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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The robot protocol's calls, each one transaction that commits before its answer leaves: a lease is durable before
 * its robot sees it. Leasing locks the runs it takes records from, so that two robots, on any nodes, never get one
 * record; answering, extending and releasing lock the lease, so that an answer and the lease's expiry or revocation
 * never both win. Also what the run's batch job asks of the leases, outside its chunk's transaction so that a run
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

    /**
     * How many more records than it wants a lease reads before it locks its run: the read is a lease's slowest step
     * (InnoDB visits the index entries of the records leased moments before), so it runs beside the other robots'
     * leases rather than after them, and the extra candidates are for those other robots taking the first ones
     * meanwhile. Under the lock, only candidates still pending are taken, and the rest is read again.
     */
    private static final int CONTENDERS = 16;

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
     * order within a run, each run's held leases kept within its process's {@code maxLeases}; empty when none is
     * available now. A robot that may not work the process (not its robot, no licence, below the minimum version,
     * never called in) is a 409 saying why.
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
        List<Long> runIds = runningRunIds(process, robot);
        if (runIds.isEmpty()) {
            return List.of();
        }
        List<LeaseRows.Leasable> early = rows.leasable(runIds.get(0), now, max + CONTENDERS);
        List<Lease> leases = new ArrayList<>();
        for (Run run : lock(runIds)) {
            int room = Math.min(max - leases.size(), process.getMaxLeases() - rows.leased(run.getId()));
            if (room > 0) {
                LeaseRun leaseRun = new LeaseRun(run.getId(), run.getNumber(), processName, run.isDryRun());
                List<LeaseRows.Leasable> candidates = run.getId().equals(runIds.get(0)) ? early : List.of();
                List<Lease> taken = rows.take(leaseRun, robot, candidates, room, now, expiresAt);
                leases.addAll(taken);
                int more = room - taken.size();
                if (more > 0) {
                    leases.addAll(
                            rows.take(leaseRun, robot, rows.leasable(run.getId(), now, more), more, now, expiresAt));
                }
            }
            if (leases.size() >= max) {
                break;
            }
        }
        return leases;
    }

    /** The process's running runs that the robot may work, oldest first, as they are now: not locked. */
    private List<Long> runningRunIds(Process process, String robot) {
        return em.createQuery(
                        "SELECT r.id FROM Run r WHERE r.process = :process AND r.state = :running"
                                + " AND (r.assignedRobot IS NULL OR r.assignedRobot = :robot) ORDER BY r.id",
                        Long.class)
                .setParameter("process", process)
                .setParameter("running", RunState.RUNNING)
                .setParameter("robot", robot)
                .getResultList();
    }

    /**
     * The runs, oldest first, locked until the lease commits, that still run. They are locked by primary key, as a
     * stop or the end of their job locks them, and alone: a locking query over the process's runs would also lock the
     * index entries of its ended runs, in the other order, which MariaDB ends as a deadlock; and a locking look-up by id
     * would join and lock their process's row too, for every lease call.
     */
    private List<Run> lock(List<Long> runIds) {
        return em.createQuery("SELECT r FROM Run r WHERE r.id IN :ids AND r.state = :running ORDER BY r.id", Run.class)
                .setParameter("ids", runIds)
                .setParameter("running", RunState.RUNNING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Takes the robot's answer for its lease's record; the run's job writes it as the record's result. */
    public void answer(String robot, String leaseId, RobotAnswer answer) {
        LeaseRows.Held lease = held(robot, leaseId);
        if (!rows.answer(lease, answer)) {
            throw noLongerTheLeases(leaseId);
        }
    }

    /**
     * Takes a batch of the robot's answers in one transaction, each as {@link #answer} would, in lease id order so
     * that batches never wait on each other in a circle; a lease that refuses its answer (unknown, another robot's,
     * expired, revoked, answered) is reported and the others are taken all the same.
     */
    public List<LeaseAnswer> answerAll(String robot, List<LeaseAnswer> answers) {
        LeaseAnswer[] taken = new LeaseAnswer[answers.size()];
        IntStream.range(0, answers.size())
                .boxed()
                .sorted(Comparator.comparing(index -> answers.get(index).leaseId()))
                .forEach(index -> taken[index] = answerOne(robot, answers.get(index)));
        return List.of(taken);
    }

    /**
     * One answer of a batch, its refusal kept rather than thrown: both are thrown here, on this bean, not through a
     * container proxy, so the batch's transaction stays good for the other answers.
     */
    private LeaseAnswer answerOne(String robot, LeaseAnswer answer) {
        try {
            answer(robot, answer.leaseId(), answer.answer());
            return answer;
        } catch (NotFoundException | ConflictException refused) {
            return answer.refused(refused);
        }
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
        LeaseRows.Held lease =
                rows.lock(leaseId).orElseThrow(() -> new NotFoundException("No lease has the id " + leaseId + "."));
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
