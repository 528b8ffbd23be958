package io.verdict.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.TestRobot;
import io.verdict.VerdictIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The robot protocol through HTTP, with Java clients as the external robots: a process declared from the robot
 * template, robots that lease its records and answer OK, KO or ERROR, retries on another robot, a robot that falls
 * silent (its lease expires; its run, with nothing held, waits PENDING), releases, extensions, stops, and several
 * robots leasing at once never given one record.
 */
class RobotProtocolIT extends VerdictIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis(), 36);
    private static final String HEADER = "SupplierId,Iban";

    /** Fewer than the crowd's four threads leasing five at a time want at once. */
    private static final int CROWD_MAX_LEASES = 6;

    private Api admin;
    private Runs runs;
    private final List<TestRobot> robots = new ArrayList<>();

    @BeforeEach
    void connect() {
        admin = Api.as(url, "admin", "admin");
        runs = new Runs(admin);
    }

    @AfterEach
    void disconnect() {
        robots.forEach(robot -> robot.disconnect(admin));
    }

    @Test
    void robotsAnswerOkKoAndErrorAnErrorIsRetriedOnAnotherRobotAndTheFailuresExportAndRelaunch() {
        String process = declare("onboarding", "\"maxAttempts\":2,\"backoffMs\":0");
        TestRobot first = robot("it-desk-1", process);
        TestRobot second = robot("it-desk-2", process);
        long runId = start(process, "S1,ES01", "S2,XX", "S3,ES03");

        List<JsonObject> leases = first.lease(process, 10, 10);

        assertThat(leases).extracting(lease -> lease.getString("key")).containsExactly("S1", "S2", "S3");
        JsonObject one = leases.get(0);
        assertThat(one.getInt("runId")).isEqualTo((int) runId);
        assertThat(one.getString("process")).isEqualTo(process);
        assertThat(one.getInt("attempt")).isEqualTo(1);
        assertThat(one.getJsonObject("payload").getString("Iban")).isEqualTo("ES01");
        assertThat(one.getString("expiresAt")).isNotBlank();
        assertThat(first.ok(one, "Supplier S1 created as V-100").status()).isEqualTo(204);
        assertThat(first.answer(
                                leases.get(1),
                                "{\"result\":\"KO\",\"reasonCode\":\"INVALID_FORMAT\",\"reason\":\"IBAN has 2"
                                        + " characters\",\"suggestedAction\":\"Correct the IBAN and relaunch this"
                                        + " supplier\"}")
                        .status())
                .isEqualTo(204);
        assertThat(first.answer(
                                leases.get(2),
                                "{\"result\":\"ERROR\",\"reasonCode\":\"AVAILABILITY\",\"reason\":\"The portal"
                                        + " answered 503\",\"started\":false}")
                        .status())
                .isEqualTo(204);

        List<JsonObject> retried = second.lease(process, 10, 10);

        assertThat(retried).extracting(lease -> lease.getString("key")).containsExactly("S3");
        assertThat(retried.get(0).getInt("attempt")).isEqualTo(2);
        assertThat(second.answer(
                                retried.get(0),
                                "{\"result\":\"ERROR\",\"reasonCode\":\"CONNECTIVITY\",\"reason\":\"The portal timed"
                                        + " out\"}")
                        .status())
                .isEqualTo(204);
        JsonObject run = runs.awaitEnded(runId);
        assertThat(run.getString("state")).isEqualTo("UNRESOLVED");
        assertThat(List.of(run.getInt("ok"), run.getInt("ko"), run.getInt("error")))
                .containsExactly(1, 1, 1);
        Map<String, JsonObject> items = runs.itemsByKey(runId);
        assertThat(items.get("S1").getString("output")).isEqualTo("Supplier S1 created as V-100");
        assertThat(items.get("S1").getString("robot")).isEqualTo("it-desk-1");
        assertThat(items.get("S2").getString("reasonCode")).isEqualTo("INVALID_FORMAT");
        assertThat(items.get("S2").getString("suggestedAction"))
                .isEqualTo("Correct the IBAN and relaunch this supplier");
        assertThat(items.get("S2").getInt("attempts")).as("KO is final").isEqualTo(1);
        JsonObject error = items.get("S3");
        assertThat(error.getString("reasonCode")).isEqualTo("CONNECTIVITY");
        assertThat(error.getInt("attempts")).isEqualTo(2);
        assertThat(error.getString("robot")).as("the robot that worked it last").isEqualTo("it-desk-2");
        assertThat(error.getString("reason"))
                .as("the robot may have touched the target system")
                .startsWith("The portal timed out")
                .contains("check the target system before relaunching");
        Api.Response again = first.ok(one, "twice");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.object().getString("detail")).contains("was already answered");

        Api.Response export = admin.get("api/v1/runs/" + runId + "/export?results=KO,ERROR");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).contains("spreadsheetml");
        Api.Response relaunched = admin.post("api/v1/runs/" + runId + "/relaunch", "{\"mode\":\"FAILED\"}");
        assertThat(relaunched.status()).as(relaunched.body()).isEqualTo(201);
        List<JsonObject> relaunchedLeases = second.lease(process, 10, 10);
        assertThat(relaunchedLeases).extracting(lease -> lease.getString("key")).containsExactly("S2", "S3");
        relaunchedLeases.forEach(
                lease -> assertThat(second.ok(lease, "corrected").status()).isEqualTo(204));
        JsonObject child = runs.awaitEnded(relaunched.object().getInt("id"));
        assertThat(child.getString("state"))
                .as("the relaunch worked the failures")
                .isEqualTo("COMPLETED");
        assertThat(child.getInt("ok")).isEqualTo(2);
    }

    @Test
    void aWrongResultIsRefusedNamingItsFieldAndAnotherRobotsLeaseIsNotYours() {
        String process = declare("refusals", "\"maxAttempts\":1");
        TestRobot first = robot("it-desk-1", process);
        TestRobot second = robot("it-desk-2", process);
        start(process, "S1,ES01");
        JsonObject lease = first.lease(process, 1, 10).get(0);

        assertRefused(first.answer(lease, "{\"result\":\"MAYBE\"}"), "result: \"MAYBE\" is not one of OK, KO, ERROR");
        assertRefused(first.answer(lease, "{\"result\":\"KO\",\"reasonCode\":\"INVALID_FORMAT\"}"), "reason: a KO");
        assertRefused(
                first.answer(lease, "{\"result\":\"ERROR\",\"reasonCode\":\"DUPLICATE\",\"reason\":\"x\"}"),
                "reasonCode: \"DUPLICATE\" is not one of CONNECTIVITY, AVAILABILITY, INTERFACE, TECHNICAL");
        assertRefused(first.answer(lease, "{\"result\":\"OK\",\"colour\":\"red\"}"), "colour is not a result field");
        assertRefused(
                first.answer(lease, "{\"result\":\"OK\",\"output\":\"" + "x".repeat(2001) + "\"}"),
                "output has 2001 characters, at most 2000");
        assertRefused(first.answer(lease, "{not json"), "");
        Api.Response notYours = second.ok(lease, "stolen");
        assertThat(notYours.status()).isEqualTo(409);
        assertThat(notYours.object().getString("detail")).contains("is robot it-desk-1's, not robot it-desk-2's");
        Api.Response unknown = first.answer(
                Json.createObjectBuilder()
                        .add("leaseId", "00000000-0000-0000-0000-000000000000")
                        .build(),
                "{\"result\":\"OK\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(first.ask(process, 0, 0).status()).as("max is 1 to 100").isEqualTo(400);
        assertThat(first.ask(process, 1, 61).status())
                .as("waitSeconds is 0 to 60")
                .isEqualTo(400);
        assertThat(first.ask("no-such-process", 1, 0).status()).isEqualTo(404);
        Api.Response inServer = first.ask("invoice-check", 1, 0);
        assertThat(inServer.status()).isEqualTo(409);
        assertThat(inServer.object().getString("detail")).contains("is not worked by external robots");
        assertThat(admin.post("api/v1/leases/" + lease.getString("leaseId") + "/result", "{\"result\":\"OK\"}")
                        .status())
                .as("only the robot's token answers its lease")
                .isEqualTo(403);

        assertThat(first.ok(lease, "done").status())
                .as("nothing refused changed the lease")
                .isEqualTo(204);
    }

    @Test
    void aBatchOfResultsIsTakenInOneCallEachRefusalReportedAndAMalformedOneTakesNothing() {
        String process = declare("batches", "\"maxAttempts\":1");
        TestRobot robot = robot("it-desk-1", process);
        TestRobot other = robot("it-desk-2", process);
        long runId = start(process, "S1,ES01", "S2,XX", "S3,ES03", "S4,ES04");
        List<JsonObject> leases = robot.lease(process, 3, 10);
        assertThat(leases).hasSize(3);
        JsonObject others = other.lease(process, 1, 10).get(0);
        String one = leases.get(0).getString("leaseId"), two = leases.get(1).getString("leaseId");
        String three = leases.get(2).getString("leaseId");
        assertThat(robot.ok(leases.get(2), "answered alone").status()).isEqualTo(204);

        assertRefused(
                robot.results("[{\"leaseId\":\"" + one + "\",\"result\":\"OK\"},{\"leaseId\":\"" + two
                        + "\",\"result\":\"KO\"}]"),
                "Result 2 of 2: Not a result: reasonCode is required");
        assertRefused(
                robot.results("[{\"leaseId\":\"" + one + "\",\"result\":\"OK\"},{\"leaseId\":\"" + one
                        + "\",\"result\":\"OK\"}]"),
                "is answered twice in this batch");
        assertRefused(robot.results("[]"), "Send between 1 and 100 results");
        assertRefused(robot.results("[{\"result\":\"OK\"}]"), "Result 1 of 1: leaseId is required");
        Api.Response batch = robot.results("[{\"leaseId\":\"" + one + "\",\"result\":\"OK\",\"output\":\"V-1\"},"
                + "{\"leaseId\":\"" + two + "\",\"result\":\"KO\",\"reasonCode\":\"INVALID_FORMAT\","
                + "\"reason\":\"IBAN has 2 characters\"},"
                + "{\"leaseId\":\"00000000-0000-0000-0000-000000000000\",\"result\":\"OK\"},"
                + "{\"leaseId\":\"" + three + "\",\"result\":\"OK\"},"
                + "{\"leaseId\":\"" + others.getString("leaseId") + "\",\"result\":\"OK\"}]");

        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        List<JsonObject> taken = batch.json().asJsonArray().getValuesAs(JsonObject.class);
        assertThat(taken).extracting(entry -> entry.getInt("status")).containsExactly(204, 204, 404, 409, 409);
        assertThat(taken.get(3).getString("leaseId")).isEqualTo(three);
        assertThat(taken.get(3).getString("detail")).contains("was already answered");
        assertThat(taken.get(4).getString("detail")).contains("is robot it-desk-2's, not robot it-desk-1's");
        assertThat(other.ok(others, "its own").status())
                .as("a refusal in another robot's batch leaves the lease as it was")
                .isEqualTo(204);
        JsonObject run = runs.awaitEnded(runId);
        assertThat(List.of(run.getInt("ok"), run.getInt("ko"))).containsExactly(3, 1);
        Map<String, JsonObject> items = runs.itemsByKey(runId);
        assertThat(items.get("S1").getString("output")).isEqualTo("V-1");
        assertThat(items.get("S2").getString("reason")).isEqualTo("IBAN has 2 characters");
        assertThat(items.get("S3").getString("output"))
                .as("the earlier answer stands")
                .isEqualTo("answered alone");
    }

    @Test
    void aSilentRobotsLeaseExpiresToInterruptedWhileAReleasedRecordAndAnExtendedLeaseGoOn() {
        String process = declare("silence", "\"leaseSeconds\":10,\"maxAttempts\":1");
        TestRobot robot = robot("it-desk-1", process);
        long runId = start(process, "S1,ES01", "S2,ES02", "S3,ES03");
        List<JsonObject> leases = robot.lease(process, 3, 10);
        assertThat(leases).hasSize(3);

        assertThat(robot.release(leases.get(0)).status()).isEqualTo(204);
        Api.Response extended = robot.extend(leases.get(1), 120);
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(extended.object().getString("expiresAt"))
                .isGreaterThan(leases.get(1).getString("expiresAt"));
        List<JsonObject> again = robot.lease(process, 3, 10);
        assertThat(again).extracting(lease -> lease.getString("key")).containsExactly("S1");
        assertThat(again.get(0).getInt("attempt"))
                .as("a released record's attempt is not counted")
                .isEqualTo(1);
        assertThat(robot.ok(again.get(0), "S1 done").status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(40))
                .until(() -> "FINISHED".equals(runs.itemsByKey(runId).get("S3").getString("state")));

        JsonObject silent = runs.itemsByKey(runId).get("S3");
        assertThat(silent.getString("result")).isEqualTo("ERROR");
        assertThat(silent.getString("reasonCode")).isEqualTo("INTERRUPTED");
        assertThat(silent.getString("reason")).startsWith("The robot stopped answering while working on this record");
        Api.Response late = robot.ok(leases.get(2), "too late");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.object().getString("detail")).contains("has expired");
        assertThat(robot.ok(leases.get(1), "S2 done").status())
                .as("the extended lease outlived the others")
                .isEqualTo(204);
        JsonObject run = runs.awaitEnded(runId);
        assertThat(List.of(run.getInt("ok"), run.getInt("error"))).containsExactly(2, 1);
    }

    @Test
    void aRunWhoseRobotsFellSilentWaitsPendingSayingWhyAndGoesOnWhenOneCallsIn() {
        String process = declare("waiting", "\"maxAttempts\":1");
        TestRobot robot = robot("it-desk-1", process);
        long runId = start(process, "W1,ES01", "W2,ES02");
        assertThat(robot.ok(robot.lease(process, 1, 10).get(0), "W1 done").status())
                .isEqualTo(204);

        JsonObject waiting = runs.awaitState(runId, "PENDING");

        assertThat(waiting.getString("pendingReason")).startsWith("Robot not connected: robot it-desk-1: last seen");
        robot.heartbeat("3.1.0", process);
        List<JsonObject> rest = robot.lease(process, 1, 20);
        assertThat(rest).extracting(lease -> lease.getString("key")).containsExactly("W2");
        assertThat(robot.ok(rest.get(0), "W2 done").status()).isEqualTo(204);
        assertThat(runs.awaitEnded(runId).getInt("ok")).isEqualTo(2);
    }

    @Test
    void aFinishingRunTakesTheResultsOfItsLeasesAndATerminatedOneRevokesThem() {
        String process = declare("stops", "\"maxAttempts\":1");
        TestRobot robot = robot("it-desk-1", process);
        long finishing = start(process, "F1,ES01", "F2,ES02", "F3,ES03");
        List<JsonObject> held = robot.lease(process, 2, 10);

        stop(finishing, "FINISH");

        assertThat(robot.lease(process, 5, 0)).as("no new leases once it stops").isEmpty();
        assertThat(robot.ok(held.get(0), "F1 done").status()).isEqualTo(204);
        assertThat(robot.ok(held.get(1), "F2 done").status()).isEqualTo(204);
        JsonObject finished = runs.awaitEnded(finishing);
        assertThat(List.of(finished.getInt("ok"), finished.getInt("error"))).containsExactly(2, 1);
        assertThat(runs.itemsByKey(finishing).get("F3").getString("reason")).contains("stopped by admin");

        long terminated = start(process, "T1,ES01", "T2,ES02", "T3,ES03");
        List<JsonObject> revoked = robot.lease(process, 2, 10);
        stop(terminated, "TERMINATE");

        JsonObject ended = runs.awaitEnded(terminated);
        assertThat(ended.getInt("error")).isEqualTo(3);
        Map<String, JsonObject> items = runs.itemsByKey(terminated);
        assertThat(items.get("T1").getString("reasonCode")).isEqualTo("INTERRUPTED");
        assertThat(items.get("T1").getString("reason")).startsWith("Terminated by admin while a robot was working");
        Api.Response late = robot.ok(revoked.get(0), "too late");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.object().getString("detail")).contains("was revoked by a stop of its run");
    }

    @Test
    void robotsLeasingAtOnceAreNeverGivenOneRecordNorMoreThanMaxLeasesAndARobotThatMayNotWorkIsToldWhy() {
        String process = declare("crowd", "\"maxLeases\":" + CROWD_MAX_LEASES + ",\"maxAttempts\":1");
        TestRobot first = robot("it-desk-1", process);
        TestRobot second = robot("it-desk-2", process);
        String[] lines =
                IntStream.rangeClosed(1, 120).mapToObj(i -> "C" + i + ",ES" + i).toArray(String[]::new);
        long runId = start(process, lines);
        Crowd crowd = new Crowd();

        CompletableFuture.allOf(
                        crowd.work(first, process),
                        crowd.work(first, process),
                        crowd.work(second, process),
                        crowd.work(second, process))
                .join();

        assertThat(crowd.duplicates).as("records leased twice").isEmpty();
        assertThat(crowd.seen).hasSize(120);
        assertThat(crowd.mostHeld.get())
                .as("records held at once, counted from a lease's answer to its result's call")
                .isBetween(2, CROWD_MAX_LEASES);
        assertThat(runs.awaitEnded(runId).getInt("ok")).isEqualTo(120);

        Api.Response changed = admin.put("api/v1/processes/" + process, "{\"minRobotVersion\":\"9.0\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        Api.Response old = first.ask(process, 1, 0);
        assertThat(old.status()).isEqualTo(409);
        assertThat(old.object().getString("detail"))
                .contains("Robot version below the process's minimum: robot it-desk-1: version 3.1.0, below the"
                        + " minimum 9.0");
        long waiting = start(process, "W1,ES01");
        await().atMost(Duration.ofSeconds(10)).until(() -> admin.get("api/v1/runs/" + waiting + "/diagnosis")
                .object()
                .getString("pendingReason", "")
                .startsWith("Robot version below the process's minimum"));
        admin.put("api/v1/processes/" + process, "{\"minRobotVersion\":null}");
        robots.forEach(robot -> admin.put("api/v1/robots/" + robot.name + "/licence", "{\"key\":null}"));
        Api.Response unlicensed = first.ask(process, 1, 0);
        assertThat(unlicensed.status()).isEqualTo(409);
        assertThat(unlicensed.object().getString("detail")).contains("No active licence: ");
        stop(waiting, "TERMINATE");
    }

    /**
     * Robot threads working one run, each leasing up to five records at a time and answering them OK until the run has
     * none left: which records they were given, and how many they held at most at once. A record counts as held from
     * its lease's answer to its result's call, within the time the server counts it, so that more than maxLeases here
     * means more out at once there.
     */
    private static final class Crowd {

        final Set<Integer> seen = Collections.synchronizedSet(new HashSet<>());
        final List<Integer> duplicates = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger held = new AtomicInteger();
        final AtomicInteger mostHeld = new AtomicInteger();

        CompletableFuture<Void> work(TestRobot robot, String process) {
            return CompletableFuture.runAsync(() -> {
                List<JsonObject> leases;
                while (!(leases = robot.lease(process, 5, 2)).isEmpty()) {
                    int now = held.addAndGet(leases.size());
                    mostHeld.accumulateAndGet(now, Math::max);
                    for (JsonObject lease : leases) {
                        if (!seen.add(lease.getInt("itemId"))) {
                            duplicates.add(lease.getInt("itemId"));
                        }
                        held.decrementAndGet();
                        assertThat(robot.ok(lease, "done").status()).isEqualTo(204);
                    }
                }
            });
        }
    }

    private TestRobot robot(String name, String process) {
        TestRobot robot = TestRobot.connect(url, admin, name, "3.1.0", process);
        robots.add(robot);
        return robot;
    }

    private String declare(String name, String settings) {
        String process = name + "-" + SUFFIX;
        Api.Response declared = admin.post(
                "api/v1/processes",
                "{\"name\":\"" + process + "\",\"template\":\"robot\",\"description\":\"Onboards suppliers\","
                        + "\"columns\":[\"SupplierId\",\"Iban\"],\"keyColumn\":\"SupplierId\"," + settings + "}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return process;
    }

    private long start(String process, String... lines) {
        return runs.startCsvWithHeader(process, false, HEADER, lines).getInt("id");
    }

    private void stop(long runId, String mode) {
        Api.Response stopped =
                admin.post("api/v1/runs/" + runId + "/stop", "{\"mode\":\"" + mode + "\",\"pending\":\"FAILED\"}");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
    }

    private static void assertRefused(Api.Response response, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.object().getString("detail")).contains(detail);
    }
}
