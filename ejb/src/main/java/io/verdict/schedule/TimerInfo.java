package io.verdict.schedule;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a schedule's timer carries: the schedule and the revision of the rule it was made for. Kept as text, so the
 * timer store holds no class of Verdict's and an administrator reads it in the management model.
 */
record TimerInfo(long scheduleId, int revision) {

    private static final Pattern INFO = Pattern.compile("Verdict schedule (\\d+), revision (\\d+)");

    static TimerInfo of(Schedule schedule) {
        return new TimerInfo(schedule.getId(), schedule.getRevision());
    }

    /** The timer's info; empty when the timer is not a schedule's. */
    static Optional<TimerInfo> read(Serializable info) {
        Matcher matcher = info instanceof String text ? INFO.matcher(text) : null;
        return matcher != null && matcher.matches()
                ? Optional.of(new TimerInfo(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    String info() {
        return "Verdict schedule " + scheduleId + ", revision " + revision;
    }

    boolean isFor(Schedule schedule) {
        return schedule.getId() == scheduleId && schedule.getRevision() == revision;
    }
}
