package io.verdict.robot;

import java.time.Instant;
import java.util.List;

/** Robots in a given state, for tests of the rules that judge them. */
public final class Robots {

    private Robots() {}

    /** A robot that heartbeat at {@code lastSeen} with {@code version}, without a licence. */
    public static Robot seen(String name, String version, Instant lastSeen) {
        Robot robot = new Robot(name, lastSeen.minusSeconds(3600));
        robot.heartbeat(version, "Linux", List.of(), false, lastSeen);
        return robot;
    }

    /** An external robot that heartbeat over the API at {@code lastSeen}, without a licence. */
    public static Robot external(String name, Instant lastSeen) {
        Robot robot = new Robot(name, lastSeen.minusSeconds(3600));
        robot.heartbeat("3.1.0", "Windows 11", List.of("supplier-onboarding"), true, lastSeen);
        return robot;
    }

    /** A robot an administrator licensed before it ever connected. */
    public static Robot neverSeen(String name) {
        return new Robot(name, Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Gives the robot a licence, assigned at {@code assignedAt}, and returns it. */
    public static Robot licensed(Robot robot, String key, Instant expiresAt, Instant assignedAt) {
        robot.assignLicence(key, expiresAt, assignedAt);
        return robot;
    }
}
