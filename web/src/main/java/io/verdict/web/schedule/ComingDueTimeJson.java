package io.verdict.web.schedule;

import io.verdict.schedule.ComingDueTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** A coming firing as the API shows it: {@code local} is the zone's wall time with its offset, seconds included. */
public record ComingDueTimeJson(Instant utc, String local, String zone, boolean offsetChange) {

    public static ComingDueTimeJson of(ComingDueTime firing) {
        return new ComingDueTimeJson(
                firing.utc(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(firing.local()),
                firing.zone().getId(),
                firing.offsetChange());
    }
}
