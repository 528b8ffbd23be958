package io.verdict.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A range of GMT days, as the console and the dashboard pick them: from the start of the first to the end of the last. */
public final class GmtDays {

    private GmtDays() {}

    /** The instant the day starts; null for no day. */
    public static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant after the day ends (the next day's start), so the whole day is included; null for no day. */
    public static Instant end(LocalDate day) {
        return day == null ? null : start(day.plusDays(1));
    }
}
