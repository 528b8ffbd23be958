package io.verdict.robot;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Robots and their licences: heartbeats from the nodes, licences from administrators. */
@Stateless
@RolesAllowed(Role.VIEWER_NAME)
public class RobotService {

    /** The key prefix of demo licences, which a demo node renews by itself. */
    private static final String DEMO_KEY_PREFIX = "DEMO-";

    private static final Duration DEMO_LICENCE_LENGTH = Duration.ofDays(30);

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    RobotSettings settings;

    @Inject
    AuditService audit;

    /** Every robot now, with its connection and licence status. */
    @PermitAll
    public Roster roster() {
        return new Roster(
                em.createNamedQuery("Robot.findAll", Robot.class).getResultList(),
                Instant.now(),
                settings.silence(),
                settings.planRobots());
    }

    /** A node says its robot is alive; the first heartbeat registers the robot. */
    @PermitAll
    public void heartbeat(String name, String version, String os) {
        Instant now = Instant.now();
        robot(name, now).heartbeat(version, os, List.of(), false, now);
    }

    /**
     * An external robot says it is alive ({@code POST /api/v1/robots/{name}/heartbeat}), with a robot token bound to
     * its name; the first heartbeat registers it, and it then counts, connects and is licensed like a server node.
     */
    @RolesAllowed(Role.ROBOT_NAME)
    public Robot heartbeat(ExternalHeartbeat beat) {
        Instant now = Instant.now();
        Robot robot = robot(beat.robot(), now);
        refuseServerNode(robot.getName(), robot);
        robot.heartbeat(beat.version(), beat.os(), beat.capabilities(), true, now);
        return robot;
    }

    /**
     * Refuses to let an external robot speak for a Verdict server node: its heartbeats would keep a dead node
     * connected, and its runs would never be recovered.
     */
    @PermitAll
    public void refuseServerNode(String name) {
        refuseServerNode(name, em.find(Robot.class, name));
    }

    private static void refuseServerNode(String name, Robot robot) {
        if (robot != null && robot.isServerNode()) {
            throw new ConflictException(
                    "Robot " + name + " is a Verdict server node; give the external robot a name" + " of its own.");
        }
    }

    /**
     * Gives a demo node's robot a fresh 30-day demo licence, unless an administrator gave it a real one; the demo keeps
     * working, and shows what a licence is.
     */
    @PermitAll
    public void renewDemoLicence(String name) {
        Instant now = Instant.now();
        Robot robot = robot(name, now);
        if (robot.getLicenceKey()
                .filter(key -> !key.startsWith(DEMO_KEY_PREFIX))
                .isEmpty()) {
            Instant expiresAt = now.plus(DEMO_LICENCE_LENGTH);
            robot.assignLicence(DEMO_KEY_PREFIX + name, expiresAt, now);
            audit.recordBySystem(AuditAction.LICENCE_ASSIGNED, "robot " + name, "demo licence, expires " + expiresAt);
        }
    }

    /**
     * Gives {@code robotName} the licence {@code key} until {@code expiresAt}; a name that has not connected yet is
     * registered, so that a licence can be assigned before its machine is installed. Licensing more robots than the
     * plan allows is recorded, and the robot that got its licence last shows ROBOT_LIMIT_REACHED.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Robot assignLicence(String name, String key, Instant expiresAt) {
        String robotName = requireName(name);
        Optional<Robot> holder = em.createQuery("SELECT r FROM Robot r WHERE r.licenceKey = :key", Robot.class)
                .setParameter("key", key)
                .getResultStream()
                .filter(robot -> !robot.getName().equals(robotName))
                .findFirst();
        if (holder.isPresent()) {
            throw new ConflictException("Licence key " + Roster.keyHint(key) + " is already assigned to robot "
                    + holder.get().getName() + ": unassign it there first.");
        }
        Robot robot = robot(robotName, Instant.now());
        robot.assignLicence(key, expiresAt, Instant.now());
        audit.record(
                AuditAction.LICENCE_ASSIGNED,
                "robot " + robotName,
                "licence " + Roster.keyHint(key) + ", expires " + expiresAt);
        return robot;
    }

    /** Takes the licence away from a known robot. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Robot unassignLicence(String name) {
        String robotName = requireName(name);
        Robot robot = em.find(Robot.class, robotName, LockModeType.PESSIMISTIC_WRITE);
        if (robot == null) {
            throw new NotFoundException("No robot is named \"" + robotName + "\".");
        }
        robot.getLicenceKey()
                .ifPresent(key -> audit.record(
                        AuditAction.LICENCE_UNASSIGNED, "robot " + robotName, "licence " + Roster.keyHint(key)));
        robot.unassignLicence();
        return robot;
    }

    private Robot robot(String name, Instant now) {
        Robot robot = em.find(Robot.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (robot == null) {
            robot = new Robot(name, now);
            em.persist(robot);
        }
        return robot;
    }

    private static String requireName(String name) {
        return RobotIdentity.canonical(name)
                .orElseThrow(() -> new InvalidRequestException(
                        "name: \"" + name + "\" is not a robot name: " + RobotIdentity.NAME_RULE + "."));
    }
}
