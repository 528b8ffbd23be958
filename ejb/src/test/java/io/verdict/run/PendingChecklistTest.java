package io.verdict.run;

import static io.verdict.robot.Robots.external;
import static io.verdict.robot.Robots.licensed;
import static io.verdict.robot.Robots.neverSeen;
import static io.verdict.robot.Robots.seen;
import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.robot.Robot;
import io.verdict.robot.Roster;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingChecklistTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant NEXT_YEAR = Instant.parse("2027-11-21T00:00:00Z");

    private static Robot ready(String name, String version) {
        return licensed(seen(name, version, NOW.minusSeconds(2)), "KEY-" + name, NEXT_YEAR, NOW.minusSeconds(60));
    }

    private static Roster roster(Robot... robots) {
        return new Roster(List.of(robots), NOW, Duration.ofSeconds(30), 5);
    }

    private static ProcessRequirements process(String robot, String minVersion, boolean concurrent) {
        return new ProcessRequirements("invoice-check", robot, false, minVersion, concurrent, false);
    }

    private static ProcessRequirements robotProcess(String robot, String minVersion) {
        return new ProcessRequirements("supplier-onboarding", robot, false, minVersion, false, true);
    }

    private static Robot desk(String name) {
        return licensed(external(name, NOW.minusSeconds(2)), "KEY-" + name, NEXT_YEAR, NOW.minusSeconds(60));
    }

    @Test
    void aRobotProcessIsWorkedByTheExternalRobotsThatNameItNeverByAServerNode() {
        Roster roster = roster(ready("node-1", "1.0"), desk("win-desk-07"));

        assertThat(PendingChecklist.readyRobots(robotProcess(null, null), roster))
                .containsExactly("win-desk-07");
        assertThat(PendingChecklist.readyRobots(robotProcess("node-1", null), roster))
                .isEmpty();
        assertThat(PendingChecklist.evaluate(
                                robotProcess("node-1", null),
                                new RunSchedule(Trigger.API, null, null),
                                roster,
                                List.of())
                        .pendingReason())
                .contains("node-1 is a Verdict server node");
    }

    @Test
    void aRobotProcessWithNoRobotNamingItSaysNoneHasCalledIn() {
        Diagnosis diagnosis = PendingChecklist.evaluate(
                new ProcessRequirements("payroll", null, false, null, false, true),
                new RunSchedule(Trigger.API, null, null),
                roster(ready("node-1", "1.0"), desk("win-desk-07")),
                List.of());

        assertThat(diagnosis.pendingReason())
                .isEqualTo("Robot not connected: no external robot that works payroll (named in its heartbeat's"
                        + " capabilities) has ever called in");
    }

    @Test
    void aRobotAskingForWorkIsToldTheFirstLineItFails() {
        Robot old = licensed(external("old-desk", NOW.minusSeconds(2)), "KEY-OLD", NEXT_YEAR, NOW.minusSeconds(60));
        Robot unlicensed = external("new-desk", NOW.minusSeconds(2));
        Roster roster = roster(old, unlicensed, desk("win-desk-07"));

        assertThat(PendingChecklist.whyNot(robotProcess(null, "4.0"), roster, "old-desk"))
                .hasValue("Robot version below the process's minimum: robot old-desk: version 3.1.0, below the"
                        + " minimum 4.0");
        assertThat(PendingChecklist.whyNot(robotProcess(null, null), roster, "new-desk"))
                .get()
                .asString()
                .startsWith("No active licence: ");
        assertThat(PendingChecklist.whyNot(robotProcess(null, null), roster, "win-desk-07"))
                .isEmpty();
    }

    @Test
    void aRunForARobotThatNeverConnectedSaysSoFirst() {
        Diagnosis diagnosis = PendingChecklist.evaluate(
                process("ghost-robot", null, false),
                new RunSchedule(Trigger.API, null, null),
                roster(ready("r1", "1.0")),
                List.of());

        assertThat(diagnosis.ready()).isFalse();
        assertThat(diagnosis.pendingReason()).isEqualTo("Robot not connected: robot ghost-robot: last seen never");
        assertThat(diagnosis.checks()).extracting(CheckResult::check).containsExactly(Check.values());
        assertThat(diagnosis.checks().get(1))
                .isEqualTo(new CheckResult(
                        Check.ROBOT_ASSIGNED,
                        false,
                        "assigned to robot ghost-robot, which never connected to Verdict nor got a licence"));
        assertThat(diagnosis.readyRobots()).isEmpty();
    }

    @Test
    void anExternalRobotNeverRunsAnInServerProcess() {
        Robot desk =
                licensed(external("win-desk-07", NOW.minusSeconds(2)), "KEY-DESK", NEXT_YEAR, NOW.minusSeconds(60));

        Diagnosis assigned = PendingChecklist.evaluate(
                process("win-desk-07", null, false), new RunSchedule(Trigger.API, null, null), roster(desk), List.of());
        Diagnosis any = PendingChecklist.evaluate(
                process(null, null, false),
                new RunSchedule(Trigger.API, null, null),
                roster(desk, ready("node-1", "1.0")),
                List.of());

        assertThat(assigned.ready()).isFalse();
        assertThat(assigned.pendingReason()).contains("win-desk-07 is an external robot");
        assertThat(any.readyRobots()).as("the server node only").containsExactly("node-1");
    }

    @Test
    void aRobotLicensedBeforeItsMachineConnectedIsAssignedButNotConnected() {
        Robot waiting = licensed(neverSeen("new-robot"), "KEY-NEW1", NEXT_YEAR, NOW);
        Diagnosis diagnosis = PendingChecklist.evaluate(
                process("new-robot", "1.0", false),
                new RunSchedule(Trigger.API, null, null),
                roster(waiting),
                List.of());

        assertThat(diagnosis.checks())
                .extracting(CheckResult::passed)
                .containsExactly(false, true, false, true, true, true);
        assertThat(diagnosis.checks().get(2).evidence())
                .isEqualTo("robot new-robot: version unknown (it never connected), minimum 1.0");
    }

    @Test
    void anyRobotMeansTheRobotsThatPassEveryLine() {
        Robot old = ready("old", "1.0");
        Robot unlicensed = seen("unlicensed", "2.0", NOW);
        Robot good = ready("good", "2.1");
        Diagnosis diagnosis = PendingChecklist.evaluate(
                process(null, "2.0", false),
                new RunSchedule(Trigger.API, null, null),
                roster(old, unlicensed, good),
                List.of());

        assertThat(diagnosis.ready()).isTrue();
        assertThat(diagnosis.readyRobots()).containsExactly("good");
        assertThat(diagnosis.checks().get(2).evidence())
                .isEqualTo("robot good: version 2.1, minimum 2.0; robot unlicensed: version 2.0, minimum 2.0");
        assertThat(diagnosis.pendingReason()).isEqualTo("Every check passed: robot good starts it within a second.");
    }

    @Test
    void whenNoRobotPassesALineItsEvidenceNamesEachRobotAndWhy() {
        Robot old = ready("old", "1.0");
        Robot older = ready("older", "0.9");
        Diagnosis diagnosis = PendingChecklist.evaluate(
                process(null, "2.0", false), new RunSchedule(Trigger.API, null, null), roster(old, older), List.of());

        assertThat(diagnosis.pendingReason())
                .isEqualTo("Robot version below the process's minimum: robot old: version 1.0, below the minimum 2.0;"
                        + " robot older: version 0.9, below the minimum 2.0");
        assertThat(diagnosis.checks().get(3).passed())
                .as("the licence line still speaks of the same robots")
                .isTrue();
    }

    @Test
    void aSecondRunWaitsForTheFirstUnlessTheProcessAllowsConcurrentRuns() {
        ActiveRun first = new ActiveRun(7, RunState.RUNNING, "r1", Instant.parse("2026-11-21T09:59:00Z"));

        Diagnosis waiting = PendingChecklist.evaluate(
                process(null, null, false),
                new RunSchedule(Trigger.API, null, null),
                roster(ready("r1", "1.0")),
                List.of(first));
        Diagnosis concurrent = PendingChecklist.evaluate(
                process(null, null, true),
                new RunSchedule(Trigger.API, null, null),
                roster(ready("r1", "1.0")),
                List.of(first));

        assertThat(waiting.pendingReason())
                .isEqualTo("Another run of this process is still running: run #7 is RUNNING on robot r1 since"
                        + " 2026-11-21T09:59:00Z (one run at a time: the process does not allow concurrent runs)");
        assertThat(waiting.readyRobots()).as("the robot itself could run it").containsExactly("r1");
        assertThat(concurrent.ready()).isTrue();
    }

    @Test
    void aRunHeldByARobotThatDisappearedSaysWhereItIsStuck() {
        ActiveRun stuck = new ActiveRun(3, RunState.RUNNING, "gone", Instant.parse("2026-11-21T09:00:00Z"));
        Robot gone = licensed(seen("gone", "1.0", NOW.minusSeconds(600)), "KEY-GONE", NEXT_YEAR, NOW);

        Diagnosis diagnosis = PendingChecklist.evaluate(
                process(null, null, false),
                new RunSchedule(Trigger.API, null, null),
                roster(gone, ready("alive", "1.0")),
                List.of(stuck));

        assertThat(diagnosis.pendingReason())
                .contains("run #3 is RUNNING on robot gone since 2026-11-21T09:00:00Z, but robot gone is disconnected:"
                        + " the run resumes when its server restarts");
    }

    @Test
    void anExpiredLicenceIsTheReasonWhenEverythingBeforeItPasses() {
        Robot robot = licensed(seen("r1", "1.0", NOW), "KEY-0001", Instant.parse("2026-11-01T00:00:00Z"), NOW);

        Diagnosis diagnosis = PendingChecklist.evaluate(
                process("r1", "0.5", false), new RunSchedule(Trigger.API, null, null), roster(robot), List.of());

        assertThat(diagnosis.pendingReason())
                .isEqualTo("No active licence: robot r1: licence …0001 expired 2026-11-01");
    }
}
