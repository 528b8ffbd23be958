package io.verdict.web.robot;

import io.verdict.robot.ConnectionStatus;
import io.verdict.robot.LicenceStatus;
import io.verdict.robot.Robot;
import io.verdict.robot.Roster;
import java.time.Instant;
import java.util.List;

/**
 * A robot as {@code GET /robots} shows it, a public contract: {@code {name, version, status, lastSeen,
 * licence:{status, expiresAt}}}, plus its operating system, the last characters of its licence key and the evidence behind each status.
 */
public record RobotJson(
        String name,
        String version,
        String os,
        List<String> capabilities,
        ConnectionStatus status,
        Instant lastSeen,
        String connection,
        Licence licence) {

    public record Licence(LicenceStatus status, Instant expiresAt, String keyHint, String detail) {}

    /** Every robot of the roster. */
    public static List<RobotJson> all(Roster roster) {
        return roster.robots().stream().map(robot -> of(robot, roster)).toList();
    }

    public static RobotJson of(Robot robot, Roster roster) {
        return new RobotJson(
                robot.getName(),
                robot.getVersion(),
                robot.getOs(),
                robot.getCapabilities(),
                roster.connection(robot),
                robot.getLastSeen().orElse(null),
                roster.connectionEvidence(robot),
                new Licence(
                        roster.licence(robot),
                        robot.getLicenceExpiresAt(),
                        robot.getLicenceKey().map(Roster::keyHint).orElse(null),
                        roster.licenceEvidence(robot)));
    }
}
