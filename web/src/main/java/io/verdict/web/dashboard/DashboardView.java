package io.verdict.web.dashboard;

import io.verdict.dashboard.DailyResults;
import io.verdict.dashboard.DashboardService;
import io.verdict.lease.WorkLeases;
import io.verdict.result.KoReason;
import io.verdict.robot.RobotService;
import io.verdict.run.RunFilter;
import io.verdict.run.RunQueryService;
import io.verdict.run.RunState;
import io.verdict.web.robot.RobotJson;
import io.verdict.web.run.RunJson;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /console/dashboard.xhtml}, the page a user lands on: each process's OK/KO/ERROR rates per GMT day over
 * the chosen period, the most frequent KO reasons, the runs that need someone (UNRESOLVED, or PENDING for too long,
 * with what they wait for) and the robots' status. The lists refresh themselves; the charts follow the period.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    /** How many runs of each kind the attention lists show; the runs panel has them all. */
    static final int ATTENTION_ROWS = 10;

    private static final int TOP_REASONS = 10;

    @Inject
    transient DashboardService dashboard;

    @Inject
    transient RunQueryService queries;

    @Inject
    transient RobotService robots;

    @Inject
    transient WorkLeases leases;

    @Inject
    transient DashboardSettings settings;

    private int days = 14;
    private List<Chart> charts;
    private List<KoReason> reasons;
    private List<RunJson> unresolved;
    private List<RunJson> longPending;
    private List<RobotJson> robotRows;

    /** A process's chart and the period's totals beside it. */
    public record Chart(String process, DailyResults totals, String json) {}

    @PostConstruct
    void load() {
        LocalDate last = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = last.minusDays(days - 1L);
        charts = dashboard.results(first, last).stream()
                .map(results -> new Chart(results.process(), results.totals(), RateChart.of(results)))
                .toList();
        reasons = dashboard.topKoReasons(first, last, TOP_REASONS);
        refresh();
    }

    /** Shows the chosen period. */
    public void changePeriod() {
        load();
    }

    /**
     * Reads the runs needing attention and the robots again (the page polls): the newest UNRESOLVED runs, and the
     * PENDING runs created longer ago than {@code VERDICT_PENDING_ALERT_MINUTES}, each with what it waits for.
     */
    public void refresh() {
        unresolved = latest(new RunFilter(null, Set.of(RunState.UNRESOLVED), null, null, null, null));
        longPending = latest(new RunFilter(
                null, Set.of(RunState.PENDING), null, null, Instant.now().minus(settings.pendingAlert()), null));
        robotRows = RobotJson.all(robots.roster(), leases.held());
    }

    public List<RunJson> getUnresolved() {
        return unresolved;
    }

    public List<RunJson> getLongPending() {
        return longPending;
    }

    private List<RunJson> latest(RunFilter filter) {
        return queries.page(filter, ATTENTION_ROWS, null).stream()
                .map(RunJson::of)
                .toList();
    }

    public List<RobotJson> getRobots() {
        return robotRows;
    }

    public int getPendingAlertMinutes() {
        return settings.getPendingAlertMinutes();
    }

    public List<Chart> getCharts() {
        return charts;
    }

    public List<KoReason> getReasons() {
        return reasons;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
