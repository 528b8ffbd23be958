package io.verdict.run;

import io.verdict.robot.RobotIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * After this node restarts, finishes what it was doing when it stopped: records that were in flight end ERROR
 * INTERRUPTED (never silently processed again) and the rest of each run is processed by the dispatcher.
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

    @PostConstruct
    void recover() {
        int recovered = lifecycle.recover(robot.name());
        if (recovered > 0) {
            LOG.info(() -> recovered + " runs were executing when " + robot.name() + " stopped; they resume now.");
        }
    }
}
