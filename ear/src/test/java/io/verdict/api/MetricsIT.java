package io.verdict.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.verdict.Api;
import io.verdict.InvoiceRunIT;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus scrapes /api/v1/metrics with a viewer token: records by result, run durations, pending runs, robots. */
class MetricsIT extends InvoiceRunIT {

    @Test
    void aScrapeShowsTheRecordsOfAnEndedRunThePendingRunsAndTheRobots() {
        Api.Response token = admin.post("api/v1/tokens", "{\"name\":\"prometheus\",\"role\":\"viewer\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        try {
            Api prometheus =
                    Api.withAuthorization(url, "Bearer " + token.object().getString("token"));
            String before = scrape(prometheus);

            sandbox.invoice("MX-OK", "PENDING").invoice("MX-KO", "PAID");
            runs.awaitEnded(runs.startCsv(
                            "invoice-check",
                            false,
                            "MX-OK,2026-11-02,10,12345678Z,Metrics SL",
                            "MX-KO,2026-11-02,10,12345678Z,Metrics Paid SL")
                    .getInt("id"));

            String after = await().atMost(Duration.ofSeconds(30))
                    .until(() -> scrape(prometheus), scrape -> sample(scrape, DURATIONS) > sample(before, DURATIONS));
            assertThat(sample(after, DURATIONS) - sample(before, DURATIONS))
                    .as("one more run ended")
                    .isEqualTo(1);
            assertThat(sample(after, records("OK")) - sample(before, records("OK")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(sample(after, records("KO")) - sample(before, records("KO")))
                    .isGreaterThanOrEqualTo(1);
            assertThat(after)
                    .contains("# TYPE verdict_records_processed_total counter")
                    .contains("# TYPE verdict_run_duration_seconds histogram")
                    .containsPattern("verdict_runs_pending\\{process=\"invoice-check\"} \\d+")
                    .containsPattern("verdict_runs_running\\{process=\"http-per-record\"} \\d+")
                    .contains("verdict_robot_connected{robot=\"it-robot\"} 1")
                    .contains("verdict_robot_licensed{robot=\"it-robot\"} 1");
            assertThat(Api.anonymous(url).get("api/v1/metrics").status()).isEqualTo(401);
        } finally {
            admin.delete("api/v1/tokens/" + token.object().getInt("id"));
        }
    }

    private static String scrape(Api prometheus) {
        Api.Response metrics = prometheus.get("api/v1/metrics");
        assertThat(metrics.status()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.header("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
        return metrics.body();
    }

    private static final String DURATIONS = "verdict_run_duration_seconds_count\\{process=\"invoice-check\"}";

    private static String records(String result) {
        return "verdict_records_processed_total\\{process=\"invoice-check\",result=\"" + result + "\"}";
    }

    /** The value of the sample whose name and labels match the pattern; 0 when there is none yet. */
    private static long sample(String scrape, String pattern) {
        Matcher sample = Pattern.compile(pattern + " (\\d+)").matcher(scrape);
        return sample.find() ? Long.parseLong(sample.group(1)) : 0;
    }
}
