package io.verdict.run;

import io.verdict.robot.ConnectionStatus;
import io.verdict.robot.RobotIdentity;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finishes what a robot was doing when it stopped: records that were in flight end ERROR INTERRUPTED (never silently
 * processed again) and the rest of each run goes back to PENDING, for the dispatcher of any ready robot. This node
 * does it for its own robot when it restarts, and every few seconds for any other robot that fell silent (its node
 * died, on a cluster): the silence ({@code VERDICT_ROBOT_SILENCE_SECONDS}) is the robot's notice.
 */
@Startup
@Singleton
@DependsOn("ProcessRegistry")
public class RunRecovery {

    private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

    @Inject
    RunLifecycle lifecycle;

    @Inject
    RobotIdentity robot;

    @Inject
    RobotService robots;

    @PostConstruct
    void recover() {
        recover(robot.name(), "stopped");
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "Verdict recovery of silent robots")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void recoverSilentRobots() {
        Roster roster = robots.roster();
        for (String other : lifecycle.robotsExecuting()) {
            boolean silent = !other.equals(robot.name())
                    && roster.find(other)
                            .map(found -> roster.connection(found) == ConnectionStatus.DISCONNECTED)
                            .orElse(true);
            if (silent) {
                try {
                    recover(other, "fell silent");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The runs of silent robot " + other + " could not be recovered yet", e);
                }
            }
        }
    }

    private void recover(String name, String what) {
        int recovered = lifecycle.recover(name);
        if (recovered > 0) {
            LOG.info(() -> recovered + " runs were executing when " + name + " " + what + "; they resume now.");
        }
    }
}
