package io.verdict.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One coming firing of a schedule, in GMT and in the zone its users live in; {@code offsetChange} marks the firing
 * whose local time moved against the previous firing because the zone changed its clocks in between (10:00 in Madrid
 * is 09:00 GMT in winter and 08:00 GMT in summer: a schedule kept at 09:00 GMT shows 10:00, then 11:00).
 */
public record ComingDueTime(Instant utc, OffsetDateTime local, ZoneId zone, boolean offsetChange) {

    public static final int MAX_COUNT = 100;

    /**
     * The next {@code count} firings at or after {@code from}, exclusion dates skipped. The first is compared with the
     * firing before {@code from}, so a clock change just before it shows too.
     */
    public static List<ComingDueTime> of(ScheduleRule rule, Instant from, int count, ZoneId zone) {
        List<ComingDueTime> firings = new ArrayList<>();
        Instant previous = previousFiring(rule, from);
        Instant due = rule.nextAfter(from.minusNanos(1));
        for (int looked = 0; firings.size() < count && looked <= count + ScheduleRule.MAX_EXCLUSIONS; looked++) {
            if (!rule.isExcluded(due)) {
                OffsetDateTime local = due.atZone(zone).toOffsetDateTime();
                boolean offsetChange =
                        previous != null && !zone.getRules().getOffset(previous).equals(local.getOffset());
                firings.add(new ComingDueTime(due, local, zone, offsetChange));
                previous = due;
            }
            due = rule.nextAfter(due);
        }
        return firings;
    }

    /** The last firing before {@code instant} that was not excluded; {@code null} when all near ones were. */
    private static Instant previousFiring(ScheduleRule rule, Instant instant) {
        Instant due = rule.latestAtOrBefore(instant.minusNanos(1));
        for (int looked = 0; looked <= ScheduleRule.MAX_EXCLUSIONS; looked++) {
            if (!rule.isExcluded(due)) {
                return due;
            }
            due = rule.latestAtOrBefore(due.minusNanos(1));
        }
        return null;
    }
}
