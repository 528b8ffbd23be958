package io.verdict.web.robot;

import io.verdict.lease.HeldRecords;
import io.verdict.robot.ConnectionStatus;
import io.verdict.robot.LicenceStatus;
import io.verdict.robot.Robot;
import io.verdict.robot.Roster;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A robot as {@code GET /robots} shows it, a public contract: {@code {name, version, status, lastSeen,
 * licence:{status, expiresAt}}}, plus its operating system, the last characters of its licence key, the evidence behind
 * each status, and the records an external robot is working on.
 */
public record RobotJson(
        String name,
        String version,
        String os,
        List<String> capabilities,
        ConnectionStatus status,
        Instant lastSeen,
        String connection,
        Licence licence,
        List<WorkingOn> workingOn) {

    public record Licence(LicenceStatus status, Instant expiresAt, String keyHint, String detail) {}

    /** Records of one run that an external robot holds now. */
    public record WorkingOn(String process, long runId, int runNumber, int records) {}

    /** Every robot of the roster, with the records each holds now ({@code WorkLeases#held}). */
    public static List<RobotJson> all(Roster roster, Map<String, List<HeldRecords>> held) {
        return roster.robots().stream().map(robot -> of(robot, roster, held)).toList();
    }

    public static RobotJson of(Robot robot, Roster roster, Map<String, List<HeldRecords>> held) {
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
                        roster.licenceEvidence(robot)),
                held.getOrDefault(robot.getName(), List.of()).stream()
                        .map(run -> new WorkingOn(run.process(), run.runId(), run.runNumber(), run.records()))
                        .toList());
    }
}
