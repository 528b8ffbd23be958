package io.verdict.run;

import io.verdict.process.Process;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One execution of a process over its work items. */
@Entity
@Table(name = "run")
@NamedQuery(
        name = "Run.nextNumber",
        query = "SELECT COALESCE(MAX(r.number), 0) + 1 FROM Run r WHERE r.process = :process")
public class Run {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "process_id")
    private Process process;

    private int number;

    @Enumerated(EnumType.STRING)
    private RunState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_type")
    private Trigger trigger;

    @Column(name = "run_by")
    private String runBy;

    @Column(name = "dry_run")
    private boolean dryRun;

    @Column(name = "parent_run_id")
    private Long parentRunId;

    /** The payload columns in input order, one per line: the layout of exports and corrected files. */
    @Column(name = "columns_list")
    private String columns;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    private String robot;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stop_mode")
    private StopMode stopMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "stop_pending")
    private PendingPolicy stopPending;

    @Column(name = "stopped_by")
    private String stoppedBy;

    private int total;

    /*
     * The item counts as they were when the run ended, and after each resolution since; null before it ended. A run's
     * items change only by resolution once it has ended, and every resolution counts again (ItemResolutions).
     */
    @Column(name = "ok_count")
    private Integer ok;

    @Column(name = "ko_count")
    private Integer ko;

    @Column(name = "error_count")
    private Integer error;

    @Column(name = "pending_count")
    private Integer pending;

    @Column(name = "done_count")
    private Integer done;

    @Column(name = "unresolved_count")
    private Integer unresolved;

    /** The schedule that started the run, while it exists. */
    @Column(name = "schedule_id")
    private Long scheduleId;

    /** The robot the run's schedule asks for, in place of the process's. */
    @Column(name = "assigned_robot")
    private String assignedRobot;

    protected Run() {}

    Run(Process process, int number, Launch launch, String runBy, boolean dryRun, Long parentRunId, Instant now) {
        this.process = process;
        this.number = number;
        this.trigger = launch.trigger();
        this.scheduleId = launch.scheduleId();
        this.assignedRobot = launch.robot();
        this.runBy = runBy;
        this.dryRun = dryRun;
        this.parentRunId = parentRunId;
        this.createdAt = now;
        this.state = RunState.PENDING;
    }

    void received(List<String> columns, int total) {
        this.columns = String.join("\n", columns);
        this.total = total;
    }

    void jobStarted(long jobExecutionId) {
        this.jobExecutionId = jobExecutionId;
        if (state == RunState.PENDING) {
            state = RunState.RUNNING;
        }
    }

    /** Back to PENDING, for a robot to process the records not reached yet. */
    void resume() {
        this.state = RunState.PENDING;
        this.jobExecutionId = null;
        this.ok = this.ko = this.error = this.pending = this.done = this.unresolved = null;
    }

    /** The run ended with these counts: COMPLETED when nothing needs attention, else UNRESOLVED. */
    void ended(RunCounts counts, Instant at) {
        this.state = needsAttention(counts) ? RunState.UNRESOLVED : RunState.COMPLETED;
        if (endedAt == null) {
            this.endedAt = at;
        }
        counted(counts);
    }

    /**
     * Its items were counted again after a resolution: a finished run whose last failure was resolved becomes
     * COMPLETED, and keeps its end time.
     */
    void settle(RunCounts counts) {
        if (state.isFinished()) {
            state = needsAttention(counts) ? RunState.UNRESOLVED : RunState.COMPLETED;
            counted(counts);
        }
    }

    /** The counts kept since the run ended; empty while it runs (and for runs that ended before they were kept). */
    Optional<RunCounts> counts() {
        return ok == null
                ? Optional.empty()
                : Optional.of(new RunCounts(total, ok, ko, error, pending, done, unresolved));
    }

    private void counted(RunCounts counts) {
        ok = counts.ok();
        ko = counts.ko();
        error = counts.error();
        pending = counts.pending();
        done = counts.done();
        unresolved = counts.unresolved();
    }

    private static boolean needsAttention(RunCounts counts) {
        return counts.unresolved() > 0 || counts.pending() > 0;
    }

    void stopRequested(StopMode mode, PendingPolicy pending, String user) {
        this.state = RunState.STOPPING;
        this.stopMode = mode;
        this.stopPending = pending;
        this.stoppedBy = user;
    }

    public Long getId() {
        return id;
    }

    public Process getProcess() {
        return process;
    }

    public int getNumber() {
        return number;
    }

    public RunState getState() {
        return state;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public String getRunBy() {
        return runBy;
    }

    /** Whether the run still waits to be started, so that people want to know what it waits for. */
    public boolean isPending() {
        return state == RunState.PENDING;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public Long getParentRunId() {
        return parentRunId;
    }

    public List<String> getColumns() {
        return columns == null || columns.isEmpty() ? List.of() : Arrays.asList(columns.split("\n"));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    /** End minus creation, once the run has ended. */
    public Long getLeadTimeMs() {
        return endedAt == null ? null : Duration.between(createdAt, endedAt).toMillis();
    }

    public String getRobot() {
        return robot;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public StopMode getStopMode() {
        return stopMode;
    }

    public PendingPolicy getStopPending() {
        return stopPending;
    }

    public String getStoppedBy() {
        return stoppedBy;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public String getAssignedRobot() {
        return assignedRobot;
    }

    public int getTotal() {
        return total;
    }
}
