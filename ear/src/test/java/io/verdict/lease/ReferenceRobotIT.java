package io.verdict.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.Sandbox;
import io.verdict.TestRobot;
import io.verdict.VerdictIT;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference robot, {@code docs/robots/invoice_robot.py} on {@code verdict_robot.py}, run as the real Python
 * process a newcomer starts: it works a declared robot process's invoices against the sandbox portal to the results
 * invoice-check gives, and after SIGINT nothing it held is lost nor done twice.
 */
class ReferenceRobotIT extends VerdictIT {

    private static final String SUFFIX = Long.toString(System.currentTimeMillis(), 36);
    private static final Path ROBOTS =
            Path.of("").toAbsolutePath().resolveSibling("docs").resolve("robots");

    private Api admin;
    private Runs runs;
    private Sandbox sandbox;
    private TestRobot robot;
    private final List<Process> started = new ArrayList<>();

    @BeforeEach
    void declare() {
        admin = Api.as(url, "admin", "admin");
        runs = new Runs(admin);
        sandbox = new Sandbox(url);
    }

    @AfterEach
    void stopRobots() {
        started.forEach(Process::destroyForcibly);
        sandbox.latency(0);
        robot.disconnect(admin);
    }

    @Test
    void theReferenceRobotWorksAnInvoiceRunToInvoiceChecksResultsAndLosesNothingOnSigint() throws Exception {
        String process = declareInvoiceRobotProcess();
        robot = TestRobot.connect(url, admin, "py-desk-1", "1.0.0", process);
        List<String> lines = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> invoice("PY-" + SUFFIX + "-" + i, i))
                .toList();
        Process python = startRobot(process, "first");

        long runId = start(process, lines);

        JsonObject run = runs.awaitEnded(runId);
        assertThat(List.of(run.getInt("ok"), run.getInt("ko"), run.getInt("error")))
                .containsExactly(160, 40, 0);
        Map<String, JsonObject> items = runs.itemsByKey(runId);
        JsonObject submitted = items.get("PY-" + SUFFIX + "-1");
        assertThat(submitted.getString("output")).startsWith("Confirmation ");
        assertThat(submitted.getString("robot")).isEqualTo("py-desk-1");
        assertThat(items.get("PY-" + SUFFIX + "-5").getString("reason"))
                .isEqualTo("Invoice PY-" + SUFFIX + "-5 is" + " already paid.");
        assertThat(items.get("PY-" + SUFFIX + "-10").getString("reasonCode")).isEqualTo("INVALID_FORMAT");
        assertThat(sandbox.submissions("PY-" + SUFFIX + "-1")).isEqualTo(1);

        sandbox.latency(150);
        List<String> slow = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> invoice("PZ-" + SUFFIX + "-" + i, 1))
                .toList();
        long interrupted = start(process, slow);
        await().atMost(Duration.ofSeconds(60)).until(() -> runs.run(interrupted).getInt("ok") >= 3);

        new ProcessBuilder("kill", "-INT", Long.toString(python.pid())).start().waitFor();

        assertThat(python.waitFor(60, TimeUnit.SECONDS))
                .as("the robot stops on SIGINT")
                .isTrue();
        assertThat(python.exitValue()).isZero();
        Map<String, Long> states = runs.items(interrupted, "").stream()
                .collect(Collectors.groupingBy(item -> item.getString("state"), Collectors.counting()));
        assertThat(states)
                .as("nothing held after SIGINT: finished or pending again")
                .doesNotContainKey("LEASED");
        assertThat(runs.items(interrupted, "&result=ERROR"))
                .as("nothing in doubt")
                .isEmpty();
        sandbox.latency(0);
        startRobot(process, "second");
        JsonObject resumed = runs.awaitEnded(interrupted);
        assertThat(resumed.getInt("ok")).isEqualTo(40);
        assertThat(slow).allSatisfy(line -> assertThat(sandbox.submissions(line.substring(0, line.indexOf(','))))
                .as("submitted once")
                .isEqualTo(1));
    }

    /** An invoice line: every tenth has a wrong tax id, every tenth from the fifth is already paid. */
    private String invoice(String number, int i) {
        boolean badTaxId = i % 10 == 0;
        sandbox.invoice(number, i % 10 == 5 ? "PAID" : "PENDING");
        return number + ",2026-11-02,10.50," + (badTaxId ? "12345678A" : "12345678Z") + ",Python Robot";
    }

    private String declareInvoiceRobotProcess() {
        String process = "invoice-robot-" + SUFFIX;
        Api.Response declared = admin.post(
                "api/v1/processes",
                "{\"name\":\"" + process + "\",\"template\":\"robot\",\"description\":\"invoice-check by a robot\","
                        + "\"columns\":[\"InvoiceNumber\",\"Date\",\"Amount\",\"CustomerTaxId\",\"CustomerName\"],"
                        + "\"keyColumn\":\"InvoiceNumber\",\"maxAttempts\":2,\"backoffMs\":0}");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return process;
    }

    private long start(String process, List<String> lines) {
        return runs.startCsvWithHeader(process, false, Runs.INVOICE_HEADER, lines.toArray(String[]::new))
                .getInt("id");
    }

    private Process startRobot(String process, String log) throws IOException {
        Path output = Files.createDirectories(Path.of("target", "robots")).resolve(SUFFIX + "-" + log + ".log");
        Process python = new ProcessBuilder(
                        "python3",
                        "invoice_robot.py",
                        "--server",
                        url.toString(),
                        "--token",
                        robot.token,
                        "--name",
                        robot.name,
                        "--process",
                        process)
                .directory(ROBOTS.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        started.add(python);
        return python;
    }
}
