package io.verdict.startup;

import io.verdict.robot.Robot;
import io.verdict.robot.RobotIdentity;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import io.verdict.server.PublicUrl;
import io.verdict.user.UserBootstrap;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Tells whoever started the server where the console is and, on the embedded database, how to sign in. */
@Startup
@Singleton
@DependsOn({"UserBootstrap", "ProcessRegistry", "Heartbeat"})
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    PublicUrl publicUrl;

    @Inject
    UserBootstrap userBootstrap;

    @Inject
    RobotIdentity robot;

    @Inject
    RobotService robots;

    @PostConstruct
    void print() {
        String base = publicUrl.base();
        StringBuilder banner = new StringBuilder("\n")
                .append("==============================================================\n")
                .append("  Verdict is running\n")
                .append("  Console: ")
                .append(base)
                .append("/console/\n")
                .append("  API:     ")
                .append(base)
                .append("/api/v1\n");
        Roster roster = robots.roster();
        Robot me = roster.find(robot.name()).orElseThrow();
        banner.append("  Robot:   ").append(roster.licenceEvidence(me)).append('\n');
        if (!roster.isAvailable(me)) {
            banner.append("           runs stay PENDING until an admin licenses it: PUT ")
                    .append(base)
                    .append("/api/v1/robots/")
                    .append(robot.name())
                    .append("/licence\n");
        }
        userBootstrap
                .demoUsersHint()
                .ifPresent(hint -> banner.append("  Demo users: ").append(hint).append('\n'));
        banner.append("==============================================================");
        LOG.info(banner::toString);
    }
}
