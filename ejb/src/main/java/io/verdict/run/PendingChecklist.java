package io.verdict.run;

import io.verdict.robot.ConnectionStatus;
import io.verdict.robot.LicenceStatus;
import io.verdict.robot.Robot;
import io.verdict.robot.RobotVersion;
import io.verdict.robot.Roster;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Evaluates the pending checklist. The robot lines narrow down the robots that may run the process (the assigned one,
 * or every robot): each line keeps the robots that pass it and fails when none does, with the evidence of each robot
 * it looked at. A failed line does not narrow, so the lines after it still speak of the same robots.
 */
public final class PendingChecklist {

    private PendingChecklist() {}

    /**
     * Every line for a run of the process, given the runs of the same process ahead of it: executing, or PENDING and
     * older ({@link RunQueue#runsAhead}).
     */
    public static Diagnosis evaluate(
            ProcessRequirements process, RunSchedule schedule, Roster roster, List<ActiveRun> runsAhead) {
        RobotLines robots = new RobotLines(process, roster);
        List<CheckResult> checks = new ArrayList<>(robots.results);
        checks.add(otherRuns(process, runsAhead, roster));
        checks.add(schedule.check());
        return new Diagnosis(List.copyOf(checks), robots.ready());
    }

    /**
     * The robots that pass every robot line for the process: the server nodes that may start its runs now, or, for a
     * process worked by external robots, the external robots that may lease its records.
     */
    public static List<String> readyRobots(ProcessRequirements process, Roster roster) {
        return new RobotLines(process, roster).ready();
    }

    /**
     * Why {@code robot} may not work records of the process now: the first robot line it fails, with its evidence;
     * empty when it passes them all.
     */
    public static Optional<String> whyNot(ProcessRequirements process, Roster roster, String robot) {
        return new RobotLines(process.of(robot), roster)
                .results.stream()
                        .filter(line -> !line.passed())
                        .findFirst()
                        .map(line -> line.check().failure() + ": " + line.evidence());
    }

    private static CheckResult otherRuns(ProcessRequirements process, List<ActiveRun> others, Roster roster) {
        if (process.concurrentRuns()) {
            return new CheckResult(
                    Check.NO_OTHER_RUN, true, "concurrent runs of " + process.processName() + " allowed");
        }
        if (others.isEmpty()) {
            return new CheckResult(
                    Check.NO_OTHER_RUN, true, "no other run of " + process.processName() + " is running");
        }
        return new CheckResult(
                Check.NO_OTHER_RUN,
                false,
                others.stream().map(run -> describe(run, roster)).collect(Collectors.joining("; "))
                        + " (one run at a time: the process does not allow concurrent runs)");
    }

    /** The run, and whether its robot is gone: its run then resumes only when that robot's server restarts. */
    private static String describe(ActiveRun run, Roster roster) {
        boolean robotGone = run.isExecuting()
                && roster.find(run.robot())
                        .filter(robot -> roster.connection(robot) == ConnectionStatus.DISCONNECTED)
                        .isPresent();
        return robotGone
                ? run + ", but robot " + run.robot() + " is disconnected: the run resumes when its server restarts"
                : run.toString();
    }

    /** The four robot lines, evaluated in order over a narrowing set of candidate robots. */
    private static final class RobotLines {

        private final Roster roster;
        private final List<CheckResult> results = new ArrayList<>();
        private List<Robot> candidates;

        RobotLines(ProcessRequirements process, Roster roster) {
            this.roster = roster;
            this.candidates = (process.robot() == null
                            ? roster.robots().stream().filter(robot -> worksAlone(process, robot))
                            : roster.find(process.robot()).stream())
                    .filter(robot -> robot.isExternal() == process.external())
                    .toList();
            connected(process);
            assigned(process);
            version(process);
            licensed();
        }

        List<String> ready() {
            return results.stream().allMatch(CheckResult::passed)
                    ? candidates.stream().map(Robot::getName).toList()
                    : List.of();
        }

        /**
         * Whether a robot works the process unassigned: any server node works an in-server process; an external robot
         * works a robot process it names in its heartbeat's capabilities.
         */
        private static boolean worksAlone(ProcessRequirements process, Robot robot) {
            return !process.external() || robot.getCapabilities().contains(process.processName());
        }

        private void connected(ProcessRequirements process) {
            Optional<Robot> assigned = Optional.ofNullable(process.robot()).flatMap(roster::find);
            if (assigned.filter(robot -> robot.isExternal() != process.external())
                    .isPresent()) {
                results.add(new CheckResult(
                        Check.ROBOT_CONNECTED,
                        false,
                        process.external()
                                ? "robot " + process.robot() + " is a Verdict server node: it runs in-server processes,"
                                        + " and the records of " + process.processName() + " are leased to external"
                                        + " robots over the robot protocol"
                                : "robot " + process.robot() + " is an external robot: it works records it leases over"
                                        + " the robot protocol, not this process's handler, which runs on a Verdict"
                                        + " server node"));
                return;
            }
            if (process.robot() != null && candidates.isEmpty()) {
                results.add(new CheckResult(
                        Check.ROBOT_CONNECTED, false, "robot " + process.robot() + ": last seen never"));
                return;
            }
            narrow(
                    Check.ROBOT_CONNECTED,
                    robot -> roster.connection(robot) == ConnectionStatus.CONNECTED,
                    roster::connectionEvidence,
                    process.external()
                            ? "no external robot that works " + process.processName()
                                    + " (named in its heartbeat's capabilities) has ever called in"
                            : "no robot has ever connected");
        }

        private void assigned(ProcessRequirements process) {
            if (process.robot() == null) {
                boolean any = !roster.robots().isEmpty();
                results.add(new CheckResult(
                        Check.ROBOT_ASSIGNED,
                        any,
                        any ? "any robot may run " + process.processName() : "any robot, but no robot is registered"));
            } else {
                boolean known = roster.find(process.robot()).isPresent();
                String assigned = "assigned to robot " + process.robot()
                        + (process.robotFromSchedule() ? " by its schedule" : "");
                results.add(new CheckResult(
                        Check.ROBOT_ASSIGNED,
                        known,
                        known ? assigned : assigned + ", which never connected to Verdict nor got a licence"));
            }
        }

        private void version(ProcessRequirements process) {
            Optional<RobotVersion> minimum = RobotVersion.parse(process.minRobotVersion());
            if (minimum.isEmpty()) {
                results.add(new CheckResult(Check.ROBOT_VERSION, true, "no minimum version"));
                return;
            }
            narrow(
                    Check.ROBOT_VERSION,
                    robot -> RobotVersion.parse(robot.getVersion())
                            .filter(version -> !version.isBelow(minimum.get()))
                            .isPresent(),
                    robot -> versionEvidence(robot, minimum.get(), process.minRobotVersion()),
                    "no robot to compare with the minimum " + process.minRobotVersion());
        }

        private static String versionEvidence(Robot robot, RobotVersion minimum, String minimumText) {
            String prefix = "robot " + robot.getName() + ": ";
            Optional<RobotVersion> version = RobotVersion.parse(robot.getVersion());
            if (version.isEmpty()) {
                return prefix + "version unknown (it never connected), minimum " + minimumText;
            }
            return prefix + "version " + robot.getVersion()
                    + (version.get().isBelow(minimum) ? ", below the minimum " : ", minimum ") + minimumText;
        }

        private void licensed() {
            narrow(
                    Check.LICENCE,
                    robot -> roster.licence(robot) == LicenceStatus.ACTIVE,
                    roster::licenceEvidence,
                    "no robot to hold a licence");
        }

        /**
         * Keeps the candidates that pass; the line passes when one does. The evidence names the ones that pass, or,
         * when none does, why each candidate failed.
         */
        private void narrow(
                Check check, Predicate<Robot> passes, Function<Robot, String> evidence, String whenNoCandidate) {
            if (candidates.isEmpty()) {
                results.add(new CheckResult(check, false, whenNoCandidate));
                return;
            }
            List<Robot> passing = candidates.stream().filter(passes).toList();
            List<Robot> shown = passing.isEmpty() ? candidates : passing;
            results.add(new CheckResult(
                    check, !passing.isEmpty(), shown.stream().map(evidence).collect(Collectors.joining("; "))));
            if (!passing.isEmpty()) {
                candidates = passing;
            }
        }
    }
}
