package io.verdict.schedule;

import static io.verdict.schedule.ScheduleRuleTest.at;
import static io.verdict.schedule.ScheduleRuleTest.dates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComingDueTimeTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private final ScheduleRule nineGmtDaily = new ScheduleRule(9, 0, EnumSet.allOf(DayOfWeek.class), null, null);

    @Test
    void nineGmtIsElevenInMadridUntilTheAutumnChangeAndTenAfterIt() {
        List<ComingDueTime> firings = ComingDueTime.of(nineGmtDaily, at("2026-10-24T00:00:00Z"), 3, MADRID);

        assertThat(firings)
                .extracting(f -> f.utc().toString())
                .containsExactly("2026-10-24T09:00:00Z", "2026-10-25T09:00:00Z", "2026-10-26T09:00:00Z");
        assertThat(firings)
                .extracting(f -> f.local().toString())
                .containsExactly("2026-10-24T11:00+02:00", "2026-10-25T10:00+01:00", "2026-10-26T10:00+01:00");
        assertThat(firings).extracting(ComingDueTime::offsetChange).containsExactly(false, true, false);
    }

    @Test
    void nineGmtIsTenInMadridUntilTheSpringChangeAndElevenAfterIt() {
        List<ComingDueTime> firings = ComingDueTime.of(nineGmtDaily, at("2027-03-27T00:00:00Z"), 3, MADRID);

        assertThat(firings)
                .extracting(f -> f.local().toString())
                .containsExactly("2027-03-27T10:00+01:00", "2027-03-28T11:00+02:00", "2027-03-29T11:00+02:00");
        assertThat(firings).extracting(ComingDueTime::offsetChange).containsExactly(false, true, false);
    }

    @Test
    void aChangeJustBeforeTheFirstFiringShownIsMarkedOnIt() {
        List<ComingDueTime> firings = ComingDueTime.of(nineGmtDaily, at("2026-10-25T08:00:00Z"), 2, MADRID);

        assertThat(firings).extracting(ComingDueTime::offsetChange).containsExactly(true, false);
    }

    @Test
    void aFiringAtTheMomentOfTheSpringJumpShowsTheLocalTimeAfterIt() {
        ScheduleRule oneGmt = new ScheduleRule(1, 0, EnumSet.allOf(DayOfWeek.class), null, null);

        List<ComingDueTime> firings = ComingDueTime.of(oneGmt, at("2027-03-27T00:00:00Z"), 2, MADRID);

        assertThat(firings)
                .extracting(f -> f.local().toString())
                .containsExactly("2027-03-27T02:00+01:00", "2027-03-28T03:00+02:00");
    }

    @Test
    void exclusionsAreLeftOutAndTheFiringAfterOneStillComparesWithTheLastShown() {
        ScheduleRule christmasOff =
                new ScheduleRule(9, 0, EnumSet.allOf(DayOfWeek.class), null, dates("2026-12-25", "2027-01-01"));

        List<ComingDueTime> firings = ComingDueTime.of(christmasOff, at("2026-12-24T00:00:00Z"), 3, MADRID);

        assertThat(firings)
                .extracting(f -> f.utc().toString())
                .containsExactly("2026-12-24T09:00:00Z", "2026-12-26T09:00:00Z", "2026-12-27T09:00:00Z");
        assertThat(firings).extracting(ComingDueTime::offsetChange).containsExactly(false, false, false);
    }

    @Test
    void aZoneWithoutDaylightSavingNeverShowsAChange() {
        List<ComingDueTime> firings =
                ComingDueTime.of(nineGmtDaily, at("2026-10-20T00:00:00Z"), 10, ZoneId.of("Asia/Tokyo"));

        assertThat(firings).hasSize(10).noneMatch(ComingDueTime::offsetChange);
        assertThat(firings.get(0).local().toString()).isEqualTo("2026-10-20T18:00+09:00");
    }

    @Test
    void aFiringExactlyAtFromIsIncluded() {
        assertThat(ComingDueTime.of(nineGmtDaily, at("2026-11-21T09:00:00Z"), 1, MADRID))
                .extracting(f -> f.utc().toString())
                .containsExactly("2026-11-21T09:00:00Z");
    }
}
