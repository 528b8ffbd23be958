package io.verdict.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.error.InvalidRequestException;
import jakarta.ejb.ScheduleExpression;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ScheduleRuleTest {

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    @Test
    void aDailyRuleIsDueAtTheSameGmtTimeOnEitherSideOfTheAutumnClockChange() {
        ScheduleRule nineGmt = new ScheduleRule(9, 0, EVERY_DAY, null, null);

        assertThat(nineGmt.dueBetween(at("2026-10-24T09:00:00Z"), at("2026-10-26T23:59:00Z"), 10))
                .containsExactly(at("2026-10-25T09:00:00Z"), at("2026-10-26T09:00:00Z"));
    }

    @Test
    void aRuleAtTheHourTheClocksGoBackIsDueOnceThatNight() {
        // On 2026-10-25 Madrid's 02:00-03:00 happens twice, from 00:00 to 02:00 GMT; GMT itself has no repeated hour.
        ScheduleRule oneThirtyGmt = new ScheduleRule(1, 30, EVERY_DAY, null, null);

        assertThat(oneThirtyGmt.dueBetween(at("2026-10-24T12:00:00Z"), at("2026-10-25T12:00:00Z"), 10))
                .containsExactly(at("2026-10-25T01:30:00Z"));
    }

    @Test
    void aRuleInTheHourMadridSkipsInSpringIsStillDueThatNight() {
        // On 2027-03-28 Madrid jumps from 02:00 to 03:00 local (01:00 GMT): 01:30 GMT is 03:30 local, and it happens.
        ScheduleRule oneThirtyGmt = new ScheduleRule(1, 30, EVERY_DAY, null, null);

        assertThat(oneThirtyGmt.nextAfter(at("2027-03-28T00:00:00Z"))).isEqualTo(at("2027-03-28T01:30:00Z"));
    }

    @Test
    void weekdaysSkipTheWeekend() {
        ScheduleRule weekdays = new ScheduleRule(
                7,
                15,
                EnumSet.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                null,
                null);

        // Friday 2026-11-20 after its firing: next is Monday the 23rd.
        assertThat(weekdays.nextAfter(at("2026-11-20T07:15:00Z"))).isEqualTo(at("2026-11-23T07:15:00Z"));
        assertThat(weekdays.latestAtOrBefore(at("2026-11-22T23:00:00Z"))).isEqualTo(at("2026-11-20T07:15:00Z"));
    }

    @Test
    void theNextDueTimeIsStrictlyLaterAndTheLatestMayBeNow() {
        ScheduleRule rule = new ScheduleRule(10, 0, EVERY_DAY, null, null);

        assertThat(rule.nextAfter(at("2026-11-21T10:00:00Z"))).isEqualTo(at("2026-11-22T10:00:00Z"));
        assertThat(rule.latestAtOrBefore(at("2026-11-21T10:00:00Z"))).isEqualTo(at("2026-11-21T10:00:00Z"));
        assertThat(rule.latestAtOrBefore(at("2026-11-21T09:59:59Z"))).isEqualTo(at("2026-11-20T10:00:00Z"));
    }

    @Test
    void theTwentyNinthOfFebruaryComesOnlyInLeapYears() {
        ScheduleRule leapDay = new ScheduleRule(12, 0, null, 29, null);

        assertThat(leapDay.nextAfter(at("2027-02-01T00:00:00Z"))).isEqualTo(at("2027-03-29T12:00:00Z"));
        assertThat(leapDay.nextAfter(at("2028-02-01T00:00:00Z"))).isEqualTo(at("2028-02-29T12:00:00Z"));
    }

    @Test
    void theThirtyFirstSkipsShortMonths() {
        ScheduleRule thirtyFirst = new ScheduleRule(6, 0, null, 31, null);

        assertThat(thirtyFirst.dueBetween(at("2027-01-31T06:00:00Z"), at("2027-08-01T00:00:00Z"), 10))
                .containsExactly(at("2027-03-31T06:00:00Z"), at("2027-05-31T06:00:00Z"), at("2027-07-31T06:00:00Z"));
    }

    @Test
    void theLastDayOfTheMonthFollowsTheMonthsLengthIncludingLeapFebruary() {
        ScheduleRule monthEnd = new ScheduleRule(18, 30, null, ScheduleRule.LAST_DAY, null);

        assertThat(monthEnd.dueBetween(at("2028-01-01T00:00:00Z"), at("2028-04-30T23:59:00Z"), 10))
                .containsExactly(
                        at("2028-01-31T18:30:00Z"),
                        at("2028-02-29T18:30:00Z"),
                        at("2028-03-31T18:30:00Z"),
                        at("2028-04-30T18:30:00Z"));
        assertThat(monthEnd.nextAfter(at("2027-02-01T00:00:00Z"))).isEqualTo(at("2027-02-28T18:30:00Z"));
    }

    @Test
    void anExclusionIsAGmtDateAndOnlyThatDate() {
        ScheduleRule rule = new ScheduleRule(23, 30, EVERY_DAY, null, dates("2026-12-25"));

        assertThat(rule.isExcluded(at("2026-12-25T23:30:00Z"))).isTrue();
        assertThat(rule.isExcluded(at("2026-12-24T23:30:00Z"))).isFalse();
        assertThat(rule.isExcluded(at("2026-12-26T23:30:00Z"))).isFalse();
    }

    @Test
    void daysOfWeekAndADayOfMonthTogetherAreRefusedBecauseATimerWouldFireOnEither() {
        assertThatThrownBy(() -> new ScheduleRule(9, 0, EnumSet.of(DayOfWeek.MONDAY), 1, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("daysOfWeek or dayOfMonth");
    }

    @Test
    void outOfRangeFieldsAreRefusedByName() {
        assertThatThrownBy(() -> new ScheduleRule(24, 0, EVERY_DAY, null, null)).hasMessageStartingWith("hour");
        assertThatThrownBy(() -> new ScheduleRule(9, 60, EVERY_DAY, null, null)).hasMessageStartingWith("minute");
        assertThatThrownBy(() -> new ScheduleRule(9, 0, null, 0, null)).hasMessageStartingWith("dayOfMonth");
        assertThatThrownBy(() -> new ScheduleRule(9, 0, null, 32, null)).hasMessageStartingWith("dayOfMonth");
        assertThatThrownBy(() -> new ScheduleRule(9, 0, null, -2, null)).hasMessageStartingWith("dayOfMonth");
        TreeSet<LocalDate> tooMany = new TreeSet<>();
        LocalDate.of(2027, 1, 1).datesUntil(LocalDate.of(2028, 1, 3)).forEach(tooMany::add);
        assertThatThrownBy(() -> new ScheduleRule(9, 0, EVERY_DAY, null, tooMany))
                .hasMessageStartingWith("exclusions");
    }

    @Test
    void theTimerExpressionSaysTheSameRuleInGmt() {
        ScheduleExpression weekly =
                new ScheduleRule(8, 5, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, null).expression();
        ScheduleExpression monthEnd = new ScheduleRule(18, 30, null, ScheduleRule.LAST_DAY, null).expression();

        assertThat(List.of(
                        weekly.getTimezone(),
                        weekly.getSecond(),
                        weekly.getMinute(),
                        weekly.getHour(),
                        weekly.getDayOfWeek(),
                        weekly.getDayOfMonth()))
                .containsExactly("GMT", "0", "5", "8", "Mon,Fri", "*");
        assertThat(List.of(monthEnd.getDayOfWeek(), monthEnd.getDayOfMonth())).containsExactly("*", "Last");
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static TreeSet<LocalDate> dates(String... dates) {
        TreeSet<LocalDate> set = new TreeSet<>();
        for (String date : dates) {
            set.add(LocalDate.parse(date));
        }
        return set;
    }
}
