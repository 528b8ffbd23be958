package io.verdict.robot;

import io.verdict.db.DatabaseKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How robots are judged: the silence after which a robot counts as disconnected, how many robots the plan lets hold a
 * licence, and whether this node's robot gets a demo licence.
 */
@ApplicationScoped
public class RobotSettings {

    /** The allowed silence leaves room for one missed heartbeat. */
    static final int MIN_SILENCE_SECONDS = 2 * Heartbeat.INTERVAL_SECONDS;

    @Inject
    @ConfigProperty(name = "verdict.robot.silence-seconds", defaultValue = "30")
    int silenceSeconds;

    @Inject
    @ConfigProperty(name = "verdict.plan.robots", defaultValue = "5")
    int planRobots;

    @Inject
    @ConfigProperty(name = "verdict.demo-licence")
    Optional<Boolean> demoLicence;

    @Inject
    DatabaseKind database;

    @PostConstruct
    void validate() {
        if (silenceSeconds < MIN_SILENCE_SECONDS) {
            throw new IllegalStateException(
                    "VERDICT_ROBOT_SILENCE_SECONDS is " + silenceSeconds + ": it must be at" + " least "
                            + MIN_SILENCE_SECONDS + ", twice the heartbeat of " + Heartbeat.INTERVAL_SECONDS + " s.");
        }
        if (planRobots < 1) {
            throw new IllegalStateException(
                    "VERDICT_PLAN_ROBOTS is " + planRobots + ": the plan must allow at least" + " one licensed robot.");
        }
    }

    /** After this long without a heartbeat a robot is DISCONNECTED. */
    public Duration silence() {
        return Duration.ofSeconds(silenceSeconds);
    }

    /** How many robots may hold an active licence at once. */
    public int planRobots() {
        return planRobots;
    }

    /** Whether this node's robot licenses itself for the demo: on the embedded database unless turned off. */
    public boolean demoLicence() {
        return demoLicence.orElse(database.isEmbedded());
    }
}
