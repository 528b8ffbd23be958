package io.verdict.web.schedule;

import io.verdict.error.InvalidRequestException;
import io.verdict.schedule.Misfire;
import io.verdict.schedule.Schedule;
import io.verdict.schedule.ScheduleChange;
import io.verdict.schedule.ScheduleRule;
import io.verdict.web.api.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads a schedule from a request body: whole for {@code POST /schedules} ({@code process}, {@code hour} and
 * {@code minute} required), as a partial change for {@code PUT /schedules/{id}} (an absent field keeps its value).
 * The days are either {@code daysOfWeek} or {@code dayOfMonth}: sending one clears the other. A field Verdict does not
 * know, or of the wrong type or value, is a 400 naming it.
 */
final class ScheduleRequests {

    static final Set<String> FIELDS =
            Set.of("process", "hour", "minute", "daysOfWeek", "dayOfMonth", "exclusions", "active", "robot", "misfire");

    private ScheduleRequests() {}

    static ScheduleChange create(JsonObject body) {
        return read(body, null);
    }

    static ScheduleChange merge(Schedule current, JsonObject body) {
        return read(body, current);
    }

    private static ScheduleChange read(JsonObject body, Schedule current) {
        JsonFields.only(body, FIELDS, "schedule");
        ScheduleRule rule = current == null ? null : current.rule();
        boolean daysGiven = body.containsKey("daysOfWeek") || body.containsKey("dayOfMonth");
        return new ScheduleChange(
                body.containsKey("process")
                        ? JsonFields.text(body, "process")
                        : current == null ? null : current.getProcess().getName(),
                new ScheduleRule(
                        body.containsKey("hour")
                                ? JsonFields.number(body, "hour")
                                : required(rule, "hour").hour(),
                        body.containsKey("minute")
                                ? JsonFields.number(body, "minute")
                                : required(rule, "minute").minute(),
                        body.containsKey("daysOfWeek")
                                ? daysOfWeek(body)
                                : daysGiven || rule == null ? null : rule.daysOfWeek(),
                        body.containsKey("dayOfMonth")
                                ? dayOfMonth(body)
                                : daysGiven || rule == null ? null : rule.dayOfMonth(),
                        body.containsKey("exclusions") ? exclusions(body) : rule == null ? null : rule.exclusions()),
                body.containsKey("active") ? JsonFields.bool(body, "active") : current == null || current.isActive(),
                body.containsKey("robot")
                        ? JsonFields.text(body, "robot")
                        : current == null ? null : current.getRobot(),
                body.containsKey("misfire")
                        ? misfire(body)
                        : current == null ? Misfire.FIRE_ONCE : current.getMisfire());
    }

    private static ScheduleRule required(ScheduleRule current, String field) {
        if (current == null) {
            throw new InvalidRequestException(
                    field + ": say when the schedule is due, in GMT (hour 0-23, minute 0-59).");
        }
        return current;
    }

    private static Set<DayOfWeek> daysOfWeek(JsonObject body) {
        if (body.get("daysOfWeek").getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        List<String> names = JsonFields.list(body, "daysOfWeek");
        if (names.isEmpty()) {
            throw new InvalidRequestException("daysOfWeek: name at least one day, or leave it out for every day.");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            days.add(ScheduleRule.day(name)
                    .orElseThrow(() -> new InvalidRequestException(
                            "daysOfWeek: \"" + name + "\" is not a day (MON, TUE, WED, THU, FRI, SAT, SUN).")));
        }
        return days;
    }

    private static Integer dayOfMonth(JsonObject body) {
        return body.get("dayOfMonth").getValueType() == JsonValue.ValueType.NULL
                ? null
                : JsonFields.number(body, "dayOfMonth");
    }

    private static SortedSet<LocalDate> exclusions(JsonObject body) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        if (body.get("exclusions").getValueType() == JsonValue.ValueType.NULL) {
            return dates;
        }
        List<String> texts = JsonFields.list(body, "exclusions");
        for (int i = 0; i < texts.size(); i++) {
            try {
                dates.add(LocalDate.parse(texts.get(i)));
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(
                        "exclusions[" + i + "]: \"" + texts.get(i) + "\" is not a date such as 2026-12-25.");
            }
        }
        return dates;
    }

    private static Misfire misfire(JsonObject body) {
        String text = JsonFields.text(body, "misfire");
        try {
            return text == null ? Misfire.FIRE_ONCE : Misfire.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("misfire: \"" + text + "\" is not FIRE_ONCE or SKIP.");
        }
    }
}
