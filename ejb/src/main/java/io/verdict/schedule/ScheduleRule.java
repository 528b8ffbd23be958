package io.verdict.schedule;

import io.verdict.error.InvalidRequestException;
import jakarta.ejb.ScheduleExpression;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When a schedule is due: at {@code hour:minute} GMT on the days it names, either days of the week or one day of the
 * month ({@link #LAST_DAY} for the month's last), never both, because an EJB timer fires when either matches. An
 * exclusion is a GMT date whose due time is skipped. The preview and the ledger use this arithmetic and
 * {@link #expression()} tells the EJB timer the same rule, so what Verdict shows is what the timer does.
 */
public record ScheduleRule(
        int hour, int minute, Set<DayOfWeek> daysOfWeek, Integer dayOfMonth, SortedSet<LocalDate> exclusions) {

    /** The day of month that means the month's last day, whatever its length. */
    public static final int LAST_DAY = -1;

    /** A year of exclusions: enough for every holiday calendar, small enough to check each firing against. */
    public static final int MAX_EXCLUSIONS = 366;

    /** Every rule is due within this many days: the longest gap, between two 31sts or two 29ths, is 61 days. */
    private static final int SEARCH_DAYS = 62;

    public ScheduleRule {
        if (hour < 0 || hour > 23) {
            throw new InvalidRequestException("hour must be 0 to 23 (GMT), not " + hour + ".");
        }
        if (minute < 0 || minute > 59) {
            throw new InvalidRequestException("minute must be 0 to 59, not " + minute + ".");
        }
        if (dayOfMonth != null && (dayOfMonth == 0 || dayOfMonth < LAST_DAY || dayOfMonth > 31)) {
            throw new InvalidRequestException(
                    "dayOfMonth must be 1 to 31, or -1 for the last day of the month, not " + dayOfMonth + ".");
        }
        if (daysOfWeek == null || daysOfWeek.isEmpty()) {
            daysOfWeek = EnumSet.allOf(DayOfWeek.class);
        }
        if (dayOfMonth != null && daysOfWeek.size() < 7) {
            throw new InvalidRequestException("Give daysOfWeek or dayOfMonth, not both: a timer with both fires on"
                    + " every day that matches either.");
        }
        if (exclusions == null) {
            exclusions = new TreeSet<>();
        }
        if (exclusions.size() > MAX_EXCLUSIONS) {
            throw new InvalidRequestException(
                    "exclusions: at most " + MAX_EXCLUSIONS + " dates, not " + exclusions.size() + ".");
        }
        daysOfWeek = Collections.unmodifiableSet(EnumSet.copyOf(daysOfWeek));
        exclusions = Collections.unmodifiableSortedSet(new TreeSet<>(exclusions));
    }

    /** Whether the rule is due on the date (in GMT), exclusions aside. */
    public boolean fallsOn(LocalDate date) {
        if (dayOfMonth == null) {
            return daysOfWeek.contains(date.getDayOfWeek());
        }
        return date.getDayOfMonth() == (dayOfMonth == LAST_DAY ? date.lengthOfMonth() : dayOfMonth);
    }

    /** Whether the due time falls on an exclusion date. */
    public boolean isExcluded(Instant due) {
        return exclusions.contains(LocalDate.ofInstant(due, ZoneOffset.UTC));
    }

    /** The first due time strictly after the instant, excluded or not. */
    public Instant nextAfter(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        for (int day = 0; day <= SEARCH_DAYS; day++, date = date.plusDays(1)) {
            if (fallsOn(date) && dueAt(date).isAfter(instant)) {
                return dueAt(date);
            }
        }
        throw new IllegalStateException(this + " is never due");
    }

    /** The last due time at or before the instant, excluded or not. */
    public Instant latestAtOrBefore(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        for (int day = 0; day <= SEARCH_DAYS; day++, date = date.minusDays(1)) {
            if (fallsOn(date) && !dueAt(date).isAfter(instant)) {
                return dueAt(date);
            }
        }
        throw new IllegalStateException(this + " was never due");
    }

    /** The due times after {@code after} up to and including {@code until}, oldest first, at most {@code limit}. */
    public List<Instant> dueBetween(Instant after, Instant until, int limit) {
        List<Instant> due = new ArrayList<>();
        for (Instant next = nextAfter(after); !next.isAfter(until) && due.size() < limit; next = nextAfter(next)) {
            due.add(next);
        }
        return due;
    }

    /** The rule as the EJB timer's calendar expression, in GMT. */
    public ScheduleExpression expression() {
        return new ScheduleExpression()
                .timezone("GMT")
                .second(0)
                .minute(minute)
                .hour(hour)
                .dayOfWeek(
                        dayOfMonth == null
                                ? daysOfWeek.stream().map(ScheduleRule::dayName).collect(Collectors.joining(","))
                                : "*")
                .dayOfMonth(dayOfMonth == null ? "*" : dayOfMonth == LAST_DAY ? "Last" : dayOfMonth.toString())
                .month("*")
                .year("*");
    }

    private Instant dueAt(LocalDate date) {
        return date.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    /** {@code MON} … {@code SUN}: how the API and the database write a day. */
    public static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    /** The day written as its {@link #abbreviation} or its full English name, in any case. */
    public static Optional<DayOfWeek> day(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(day -> day.name().equals(upper) || abbreviation(day).equals(upper))
                .findFirst();
    }

    /** {@code Mon}, {@code Tue}…: the spelling of days in an EJB calendar expression. */
    private static String dayName(DayOfWeek day) {
        return abbreviation(day).charAt(0) + abbreviation(day).substring(1).toLowerCase(Locale.ROOT);
    }
}
