package io.verdict.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger lines for a schedule's due times not accounted for yet, and the due time to fire now, if any. The latest
 * due time fires when the server was up at it, or when a timer fires for it on time; one the server missed fires only
 * under FIRE_ONCE, only the latest, and only within the grace period; every other one is MISSED, saying why, or
 * EXCLUDED. At start-up ({@code timerFiring} false) nothing counts that is not due yet.
 */
record Accounting(List<Line> lines, Instant toFire) {

    /**
     * How far a timer's firing may be from its due time by this server's clock and still be that due time's, on time:
     * a timer may fire a little early, and on a cluster one node's timer may fire as another node starts.
     */
    static final Duration TIMER_TOLERANCE = Duration.ofSeconds(5);

    /** More due times than a daily schedule has in ten years: a server is never down that long. */
    private static final int MAX_LINES = 4000;

    record Line(Instant dueAt, LedgerStatus status, String reason) {}

    static Accounting of(
            ScheduleRule rule,
            Misfire misfire,
            Instant accountedUntil,
            Instant now,
            boolean timerFiring,
            Instant serverStart,
            Duration grace) {
        List<Instant> due = rule.dueBetween(accountedUntil, timerFiring ? now.plus(TIMER_TOLERANCE) : now, MAX_LINES);
        Instant latest = due.stream()
                .filter(time -> !rule.isExcluded(time))
                .reduce((first, second) -> second)
                .orElse(null);
        boolean timerOnTime = timerFiring
                && latest != null
                && Duration.between(latest, now).abs().compareTo(TIMER_TOLERANCE) <= 0;
        Instant onTime = latest != null && (!latest.isBefore(serverStart) || timerOnTime) ? latest : null;
        Instant catchUp = latest != null
                        && onTime == null
                        && misfire == Misfire.FIRE_ONCE
                        && Duration.between(latest, now).compareTo(grace) <= 0
                ? latest
                : null;
        List<Line> lines = new ArrayList<>();
        for (Instant time : due) {
            if (rule.isExcluded(time)) {
                lines.add(new Line(
                        time,
                        LedgerStatus.EXCLUDED,
                        LocalDate.ofInstant(time, ZoneOffset.UTC) + " is one of the schedule's exclusion dates."));
            } else if (time.equals(onTime)) {
                lines.add(new Line(time, LedgerStatus.FIRED, null));
            } else {
                lines.add(new Line(
                        time,
                        LedgerStatus.MISSED,
                        missed(time, serverStart) + " " + policy(time, misfire, onTime, catchUp, latest, now, grace)));
            }
        }
        return new Accounting(lines, onTime != null ? onTime : catchUp);
    }

    private static String missed(Instant time, Instant serverStart) {
        return time.isBefore(serverStart)
                ? "Missed: the server was down at the due time."
                : "Missed: the timer did not fire at the due time.";
    }

    private static String policy(
            Instant time,
            Misfire misfire,
            Instant onTime,
            Instant catchUp,
            Instant latest,
            Instant now,
            Duration grace) {
        if (time.equals(catchUp)) {
            return "Fired once when the server came back, at " + now + " (FIRE_ONCE).";
        }
        if (onTime != null) {
            return "Not fired: a later due time fired on time.";
        }
        if (misfire == Misfire.SKIP) {
            return "Not fired (SKIP).";
        }
        if (time.equals(latest)) {
            return "Not fired: the server came back "
                    + Duration.between(time, now).toMinutes() + " minutes later, after the " + grace.toMinutes()
                    + "-minute grace period (FIRE_ONCE).";
        }
        return "Not fired: FIRE_ONCE fires once, for the latest missed due time.";
    }
}
