package io.verdict.web.schedule;

import io.verdict.schedule.ComingDueTime;
import io.verdict.schedule.Misfire;
import io.verdict.schedule.Schedule;
import io.verdict.schedule.ScheduleRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A schedule as the API shows it, a public contract: times in GMT, plus {@code nextFiring} (the next due time that
 * is not excluded; {@code null} while paused) and {@code createdAt}.
 */
public record ScheduleJson(
        long id,
        String process,
        int hour,
        int minute,
        List<String> daysOfWeek,
        Integer dayOfMonth,
        List<String> exclusions,
        boolean active,
        String robot,
        Misfire misfire,
        Instant nextFiring,
        Instant createdAt) {

    public static ScheduleJson of(Schedule schedule) {
        ScheduleRule rule = schedule.rule();
        return new ScheduleJson(
                schedule.getId(),
                schedule.getProcess().getName(),
                rule.hour(),
                rule.minute(),
                rule.daysOfWeek().stream().map(ScheduleRule::abbreviation).toList(),
                rule.dayOfMonth(),
                rule.exclusions().stream().map(LocalDate::toString).toList(),
                schedule.isActive(),
                schedule.getRobot(),
                schedule.getMisfire(),
                schedule.isActive()
                        ? ComingDueTime.of(rule, Instant.now(), 1, ZoneOffset.UTC)
                                .get(0)
                                .utc()
                        : null,
                schedule.getCreatedAt());
    }
}
