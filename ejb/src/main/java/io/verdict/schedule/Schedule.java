package io.verdict.schedule;

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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When a process runs by itself. Its rule is backed by a persistent EJB timer made for the rule's {@code revision};
 * {@code accountedUntil} is the last due time entered in the ledger, or when the rule last changed or was resumed:
 * due times after it are the ones still to fire, or to be found missed.
 */
@Entity
@Table(name = "schedule")
@NamedQuery(name = "Schedule.findAll", query = "SELECT s FROM Schedule s ORDER BY s.id")
@NamedQuery(name = "Schedule.findActive", query = "SELECT s FROM Schedule s WHERE s.active = true ORDER BY s.id")
public class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "process_id")
    private Process process;

    @Column(name = "hour_gmt")
    private int hour;

    @Column(name = "minute_gmt")
    private int minute;

    /** {@code MON,TUE,…} */
    @Column(name = "days_of_week")
    private String daysOfWeek;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    /** ISO dates, one per line. */
    private String exclusions;

    private boolean active;

    private String robot;

    @Enumerated(EnumType.STRING)
    private Misfire misfire;

    private int revision;

    @Column(name = "accounted_until")
    private Instant accountedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    /** How many exclusion dates the audit trail lists one by one. */
    private static final int SHOWN_EXCLUSIONS = 10;

    protected Schedule() {}

    Schedule(Process process, ScheduleChange change, Instant now) {
        this.createdAt = now;
        this.revision = 1;
        this.accountedUntil = now;
        this.process = process;
        this.robot = change.robot();
        this.misfire = change.misfire();
        this.active = change.active();
        rule(change.rule());
    }

    /**
     * Applies the change. A new rule or a resume starts a new revision, accounted from now: what fell due before it is
     * not caught up. Returns whether the timer must be made again.
     */
    boolean apply(Process process, ScheduleChange change, Instant now) {
        boolean retimed = !rule().equals(change.rule()) || active != change.active();
        if (retimed) {
            revision++;
            if (change.active()) {
                accountedUntil = now;
            }
        }
        this.process = process;
        this.robot = change.robot();
        this.misfire = change.misfire();
        this.active = change.active();
        rule(change.rule());
        return retimed;
    }

    /** The due times up to {@code until} are in the ledger. */
    void accountedUntil(Instant until) {
        this.accountedUntil = until;
    }

    public ScheduleRule rule() {
        return new ScheduleRule(
                hour,
                minute,
                Arrays.stream(daysOfWeek.split(","))
                        .map(day -> ScheduleRule.day(day).orElseThrow())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
                dayOfMonth,
                exclusions == null || exclusions.isEmpty()
                        ? null
                        : Arrays.stream(exclusions.split("\n"))
                                .map(LocalDate::parse)
                                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private void rule(ScheduleRule rule) {
        this.hour = rule.hour();
        this.minute = rule.minute();
        this.daysOfWeek =
                rule.daysOfWeek().stream().map(ScheduleRule::abbreviation).collect(Collectors.joining(","));
        this.dayOfMonth = rule.dayOfMonth();
        this.exclusions = rule.exclusions().stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
    }

    /** How the audit trail names the schedule. */
    String target() {
        return "schedule " + id + " of " + process.getName();
    }

    /** The schedule in words, for the audit trail; a long list of exclusions is summed up by its first and last. */
    String describe() {
        ScheduleRule rule = rule();
        String days = rule.dayOfMonth() == null
                ? rule.daysOfWeek().size() == 7 ? "every day" : daysOfWeek
                : rule.dayOfMonth() == ScheduleRule.LAST_DAY ? "last day of the month" : "day " + rule.dayOfMonth();
        SortedSet<LocalDate> excluded = rule.exclusions();
        String exclusions = excluded.isEmpty()
                ? ""
                : excluded.size() <= SHOWN_EXCLUSIONS
                        ? ", except " + excluded
                        : ", except " + excluded.size() + " dates from " + excluded.first() + " to " + excluded.last();
        return process.getName() + String.format(" at %02d:%02d GMT, %s", hour, minute, days)
                + exclusions
                + (active ? ", active" : ", paused")
                + (robot == null ? "" : ", robot " + robot)
                + ", misfire " + misfire;
    }

    public Long getId() {
        return id;
    }

    public Process getProcess() {
        return process;
    }

    public boolean isActive() {
        return active;
    }

    public String getRobot() {
        return robot;
    }

    public Misfire getMisfire() {
        return misfire;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getAccountedUntil() {
        return accountedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
