package io.verdict.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The robot this server node is: its name, from VERDICT_ROBOT_NAME or else the host name. */
@ApplicationScoped
public class RobotIdentity {

    @Inject
    @ConfigProperty(name = "verdict.robot.name")
    Optional<String> configuredName;

    public String name() {
        return configuredName.filter(name -> !name.isBlank()).orElseGet(RobotIdentity::hostName);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
