package io.verdict.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How the console writes times (in GMT, like the API and the schedules) and durations. */
@Named
@ApplicationScoped
public class ConsoleFormat {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Names in a row, such as a process's columns: {@code Invoice · Date · Amount}. */
    public String names(List<String> names) {
        return names == null ? "" : String.join(" · ", names);
    }

    /** How far a run has come, 0-100, for its progress bar. */
    public int percent(int done, int total) {
        return total == 0 ? 0 : (int) (100L * done / total);
    }

    /** {@code 850 ms}, {@code 12.4 s}, {@code 3 min 05 s}, {@code 2 h 10 min}. */
    public String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        Duration duration = Duration.ofMillis(millis);
        if (millis < 1000) {
            return millis + " ms";
        }
        if (duration.toMinutes() < 1) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        if (duration.toHours() < 1) {
            return String.format(Locale.ROOT, "%d min %02d s", duration.toMinutes(), duration.toSecondsPart());
        }
        return String.format(Locale.ROOT, "%d h %02d min", duration.toHours(), duration.toMinutesPart());
    }
}
