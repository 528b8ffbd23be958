package io.verdict.web.schedule;

import io.verdict.schedule.PreviewFiring;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** A coming firing as the API shows it: {@code local} is the zone's wall time with its offset, seconds included. */
public record PreviewJson(Instant utc, String local, String zone, boolean offsetChange) {

    public static PreviewJson of(PreviewFiring firing) {
        return new PreviewJson(
                firing.utc(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(firing.local()),
                firing.zone().getId(),
                firing.offsetChange());
    }
}
