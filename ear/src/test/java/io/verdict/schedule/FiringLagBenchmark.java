package io.verdict.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.Api;
import io.verdict.Runs;
import io.verdict.Schedules;
import io.verdict.VerdictIT;
import io.verdict.bench.BenchResults;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Firing lag over 20 firings: 20 schedules due at the same GMT minute, a burst, the hardest case for a two-core
 * server. For each firing it measures, side by side, the baseline (due time → WildFly's EJB timer service calls
 * Verdict: the ledger line's {@code recordedAt}) and Verdict's lag (due time → the run is created, its inbox file read
 * and its records stored: the run's {@code createdAt}). Writes the table to {@code target/bench/firing-lag.txt}.
 */
class FiringLagBenchmark extends VerdictIT {

    static final int FIRINGS = 20;

    @Test
    void firingLagOverTwentyFirings() throws IOException {
        Api admin = Api.as(url, "admin", "admin");
        Schedules schedules = new Schedules(admin);
        Runs runs = new Runs(admin);
        String dataDir = System.getenv("VERDICT_DATA_DIR");
        for (int i = 1; i <= FIRINGS; i++) {
            Schedules.inboxFile(
                    dataDir,
                    ScheduleIT.PROCESS,
                    String.format("bench-%02d.csv", i),
                    ScheduleIT.ONE_KO_RECORD.replace("SCH-1", "BENCH-" + i));
        }
        Instant due = Schedules.nextMinute(Duration.ofSeconds(20));
        List<Long> ids = new ArrayList<>();
        try {
            for (int i = 0; i < FIRINGS; i++) {
                ids.add((long)
                        schedules.createDueAt(ScheduleIT.PROCESS, due, "").getInt("id"));
            }
            List<Duration> timer = new ArrayList<>(), run = new ArrayList<>();
            for (long id : ids) {
                JsonObject line = schedules.awaitFiring(id, Duration.ofSeconds(120));
                assertThat(line.getString("status")).isEqualTo("FIRED");
                timer.add(Duration.between(due, Instant.parse(line.getString("recordedAt"))));
                run.add(Duration.between(
                        due, Instant.parse(runs.run(line.getInt("runId")).getString("createdAt"))));
            }
            String report = "Firing lag over " + FIRINGS + " firings due at " + due + " (ms)\n"
                    + String.format("%-44s %6s %6s %6s %6s%n", "", "min", "median", "p95", "max")
                    + row("baseline: due → EJB timer callback", timer)
                    + row("Verdict: due → run created from the inbox", run);
            System.out.print(report);
            new BenchResults("firing_lag", "Firing lag, medians over " + FIRINGS + " firings")
                    .figure("timer_median_ms", median(timer), "baseline: due → EJB timer callback")
                    .figure("run_median_ms", median(run), "Verdict: due → run created from the inbox")
                    .write();
            Path out = Path.of("target", "bench", "firing-lag.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } finally {
            schedules.deleteAll();
        }
    }

    private static long median(List<Duration> lags) {
        return lags.stream().map(Duration::toMillis).sorted().toList().get((lags.size() - 1) / 2);
    }

    private static String row(String label, List<Duration> lags) {
        List<Long> millis = lags.stream().map(Duration::toMillis).sorted().toList();
        Function<Double, Long> at = q -> millis.get((int) Math.ceil(q * millis.size()) - 1);
        return String.format(
                "%-44s %6d %6d %6d %6d%n",
                label, millis.get(0), at.apply(0.5), at.apply(0.95), millis.get(millis.size() - 1));
    }
}
