package io.verdict.robot;

import io.verdict.error.InvalidRequestException;
import java.util.List;

/**
 * What an external robot says in its heartbeat: its name (from the path), the version of its software, its operating
 * system and the processes it can work. Checked when made, so a robot with a typo hears which field is wrong.
 */
public record ExternalHeartbeat(String robot, String version, String os, List<String> capabilities) {

    /** Bounds that fit the robot table's columns and keep a heartbeat small. */
    static final int MAX_OS = 200, MAX_CAPABILITIES = 100, MAX_CAPABILITY = 60;

    public ExternalHeartbeat {
        String given = robot;
        robot = RobotIdentity.canonical(given)
                .orElseThrow(() -> new InvalidRequestException(RobotIdentity.notAName(given) + "."));
        if (version == null || RobotVersion.parse(version).isEmpty()) {
            throw new InvalidRequestException(
                    "version: " + (version == null ? "missing" : "\"" + version + "\" is not a version") + ": "
                            + RobotVersion.EXPECTED + ".");
        }
        if (os != null && (os.length() > MAX_OS || os.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidRequestException("os: one line of at most " + MAX_OS + " characters.");
        }
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        if (capabilities.size() > MAX_CAPABILITIES) {
            throw new InvalidRequestException("capabilities: at most " + MAX_CAPABILITIES + " processes.");
        }
        for (String capability : capabilities) {
            if (capability.isBlank()
                    || capability.length() > MAX_CAPABILITY
                    || capability.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidRequestException("capabilities: \"" + capability + "\" is not a process name (at most "
                        + MAX_CAPABILITY + " characters).");
            }
        }
    }
}
