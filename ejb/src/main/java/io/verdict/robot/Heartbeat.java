package io.verdict.robot;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * This node's robot registers itself when Verdict starts and then says it is alive every {@link #INTERVAL_SECONDS}
 * seconds. The timer is not persistent: every node beats for itself.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class Heartbeat {

    static final int INTERVAL_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

    @Inject
    RobotIdentity robot;

    @Inject
    RobotService robots;

    @Inject
    RobotSettings settings;

    @PostConstruct
    void register() {
        beat();
        if (settings.demoLicence()) {
            robots.renewDemoLicence(robot.name());
        }
        LOG.info(() -> "Robot " + robot.name() + " (Verdict " + robot.version() + ", " + robot.os() + ") connected.");
    }

    @Schedule(
            hour = "*",
            minute = "*",
            second = "*/" + INTERVAL_SECONDS,
            persistent = false,
            info = "Verdict robot heartbeat")
    void beat() {
        robots.heartbeat(robot.name(), robot.version(), robot.os());
    }
}
