package io.verdict.metrics;

import io.verdict.result.Result;
import io.verdict.robot.ConnectionStatus;
import io.verdict.robot.LicenceStatus;
import io.verdict.robot.Robot;
import io.verdict.robot.RobotService;
import io.verdict.robot.Roster;
import io.verdict.run.Run;
import io.verdict.run.RunEnded;
import io.verdict.run.RunState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Verdict's Prometheus metrics. Counted on this node since it started, as runs end here: records by result and run
 * durations. Read from the database at each scrape: runs waiting and running, per process, and each robot's
 * connection and licence.
 */
@ApplicationScoped
public class RunMetrics {

    private final ConcurrentMap<String, LongAdder> records = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, DurationHistogram> durations = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    RobotService robots;

    void runEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunEnded ended) {
        Run run = ended.run();
        String process = run.getProcess().getName();
        add(process, Result.OK, ended.counts().ok());
        add(process, Result.KO, ended.counts().ko());
        add(process, Result.ERROR, ended.counts().error());
        if (run.getStartedAt() != null) {
            durations
                    .computeIfAbsent(process, name -> new DurationHistogram())
                    .observe(Duration.between(run.getStartedAt(), run.getEndedAt()));
        }
    }

    private void add(String process, Result result, int count) {
        records.computeIfAbsent(process + "\n" + result, key -> new LongAdder()).add(count);
    }

    /** Every metric, in the Prometheus text format. */
    public String scrape() {
        PrometheusText text = new PrometheusText();
        text.metric(
                "verdict_records_processed_total",
                "counter",
                "Records of the runs that ended on this node since it started, by process and result.");
        new TreeMap<>(records).forEach((key, count) -> {
            String[] processAndResult = key.split("\n");
            text.sample(
                    "verdict_records_processed_total",
                    count.sum(),
                    "process",
                    processAndResult[0],
                    "result",
                    processAndResult[1]);
        });
        durations(text);
        runsIn(text, RunState.PENDING, "verdict_runs_pending", "Runs waiting for a robot, by process.");
        runsIn(text, RunState.RUNNING, "verdict_runs_running", "Runs being executed, by process.");
        robots(text);
        return text.toString();
    }

    private void durations(PrometheusText text) {
        String name = "verdict_run_duration_seconds";
        text.metric(name, "histogram", "How long runs took from start to end, by process (runs ended on this node).");
        new TreeMap<>(durations).forEach((process, histogram) -> {
            for (int i = 0; i < DurationHistogram.BUCKETS_SECONDS.length; i++) {
                double bound = DurationHistogram.BUCKETS_SECONDS[i];
                text.sample(
                        name + "_bucket",
                        histogram.cumulativeCount(i),
                        "process",
                        process,
                        "le",
                        bound == Double.POSITIVE_INFINITY ? "+Inf" : String.valueOf((long) bound));
            }
            text.sample(name + "_sum", histogram.sum(), "process", process);
            text.sample(name + "_count", histogram.count(), "process", process);
        });
    }

    /** Every process has a sample, 0 when none of its runs is in the state: alerts need the zero. */
    private void runsIn(PrometheusText text, RunState state, String name, String help) {
        Map<String, Long> byProcess = new TreeMap<>();
        em.createQuery("SELECT p.name FROM Process p", String.class)
                .getResultList()
                .forEach(process -> byProcess.put(process, 0L));
        em.createQuery(
                        "SELECT r.process.name, COUNT(r) FROM Run r WHERE r.state = :state GROUP BY r.process.name",
                        Object[].class)
                .setParameter("state", state)
                .getResultList()
                .forEach(row -> byProcess.put((String) row[0], ((Number) row[1]).longValue()));
        text.metric(name, "gauge", help);
        byProcess.forEach((process, count) -> text.sample(name, count, "process", process));
    }

    private void robots(PrometheusText text) {
        Roster roster = robots.roster();
        List<Robot> all = roster.robots();
        text.metric("verdict_robot_connected", "gauge", "1 while the robot's heartbeat is recent, else 0.");
        all.forEach(robot -> text.sample(
                "verdict_robot_connected",
                roster.connection(robot) == ConnectionStatus.CONNECTED ? 1 : 0,
                "robot",
                robot.getName()));
        text.metric("verdict_robot_licensed", "gauge", "1 while the robot holds an active licence, else 0.");
        all.forEach(robot -> text.sample(
                "verdict_robot_licensed",
                roster.licence(robot) == LicenceStatus.ACTIVE ? 1 : 0,
                "robot",
                robot.getName()));
    }
}
