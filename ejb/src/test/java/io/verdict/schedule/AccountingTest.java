package io.verdict.schedule;

import static io.verdict.schedule.ScheduleRuleTest.at;
import static io.verdict.schedule.ScheduleRuleTest.dates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountingTest {

    private static final Duration GRACE = Duration.ofMinutes(60);

    private final ScheduleRule daily = new ScheduleRule(9, 0, EnumSet.allOf(DayOfWeek.class), null, null);

    @Test
    void aTimerFiringOnTimeFiresItsDueTime() {
        Accounting accounting = Accounting.of(
                daily,
                Misfire.FIRE_ONCE,
                at("2026-11-20T09:00:00Z"),
                at("2026-11-21T09:00:00.004Z"),
                true,
                at("2026-11-01T00:00:00Z"),
                GRACE);

        assertThat(accounting.lines())
                .containsExactly(new Accounting.Line(at("2026-11-21T09:00:00Z"), LedgerStatus.FIRED, null));
        assertThat(accounting.toFire()).isEqualTo(at("2026-11-21T09:00:00Z"));
    }

    @Test
    void aTimerFiringASplitSecondEarlyStillFiresItsDueTime() {
        Accounting accounting = Accounting.of(
                daily,
                Misfire.FIRE_ONCE,
                at("2026-11-20T09:00:00Z"),
                at("2026-11-21T08:59:59.990Z"),
                true,
                at("2026-11-01T00:00:00Z"),
                GRACE);

        assertThat(accounting.toFire()).isEqualTo(at("2026-11-21T09:00:00Z"));
    }

    @Test
    void nothingIsDueTwice() {
        Accounting accounting = Accounting.of(
                daily,
                Misfire.FIRE_ONCE,
                at("2026-11-21T09:00:00Z"),
                at("2026-11-21T09:00:01Z"),
                true,
                at("2026-11-01T00:00:00Z"),
                GRACE);

        assertThat(accounting.lines()).isEmpty();
        assertThat(accounting.toFire()).isNull();
    }

    @Test
    void afterDowntimeFireOnceCatchesUpTheLatestMissedTimeOnlyAndSaysSo() {
        Instant back = at("2026-11-21T09:20:00Z");

        Accounting accounting = Accounting.of(
                daily, Misfire.FIRE_ONCE, at("2026-11-18T09:00:00Z"), back, false, at("2026-11-21T09:19:00Z"), GRACE);

        assertThat(accounting.lines()).extracting(Accounting.Line::status).containsOnly(LedgerStatus.MISSED);
        assertThat(accounting.lines())
                .extracting(Accounting.Line::dueAt)
                .containsExactly(at("2026-11-19T09:00:00Z"), at("2026-11-20T09:00:00Z"), at("2026-11-21T09:00:00Z"));
        assertThat(accounting.toFire()).isEqualTo(at("2026-11-21T09:00:00Z"));
        assertThat(accounting.lines().get(2).reason())
                .startsWith("Missed: the server was down at the due time.")
                .contains("Fired once when the server came back, at " + back, "FIRE_ONCE");
        assertThat(accounting.lines().get(0).reason()).contains("fires once, for the latest missed due time");
    }

    @Test
    void aTimerFiringOnTimeIsOnTimeEvenOnANodeThatStartedJustAfterTheDueTime() {
        Accounting accounting = Accounting.of(
                daily,
                Misfire.SKIP,
                at("2026-11-20T09:00:00Z"),
                at("2026-11-21T09:00:00.300Z"),
                true,
                at("2026-11-21T09:00:00.100Z"),
                GRACE);

        assertThat(accounting.toFire()).isEqualTo(at("2026-11-21T09:00:00Z"));
    }

    @Test
    void atStartUpADueTimeAFewSecondsAheadIsLeftToItsTimer() {
        Accounting accounting = Accounting.of(
                daily,
                Misfire.FIRE_ONCE,
                at("2026-11-20T09:00:00Z"),
                at("2026-11-21T08:59:58Z"),
                false,
                at("2026-11-21T08:59:50Z"),
                GRACE);

        assertThat(accounting.lines()).isEmpty();
    }

    @Test
    void skipNeverCatchesUp() {
        Accounting accounting = Accounting.of(
                daily,
                Misfire.SKIP,
                at("2026-11-20T09:00:00Z"),
                at("2026-11-21T09:02:00Z"),
                false,
                at("2026-11-21T09:01:30Z"),
                GRACE);

        assertThat(accounting.toFire()).isNull();
        assertThat(accounting.lines()).singleElement().satisfies(line -> {
            assertThat(line.status()).isEqualTo(LedgerStatus.MISSED);
            assertThat(line.reason()).endsWith("Not fired (SKIP).");
        });
    }

    @Test
    void fireOnceDoesNotCatchUpAfterTheGracePeriod() {
        Accounting accounting = Accounting.of(
                daily,
                Misfire.FIRE_ONCE,
                at("2026-11-20T09:00:00Z"),
                at("2026-11-21T10:30:00Z"),
                false,
                at("2026-11-21T10:29:00Z"),
                GRACE);

        assertThat(accounting.toFire()).isNull();
        assertThat(accounting.lines().get(0).reason())
                .contains("came back 90 minutes later, after the 60-minute grace period");
    }

    @Test
    void anExcludedDueTimeIsEnteredAsSuchAndNeverFires() {
        ScheduleRule christmasOff = new ScheduleRule(9, 0, EnumSet.allOf(DayOfWeek.class), null, dates("2026-12-25"));

        Accounting accounting = Accounting.of(
                christmasOff,
                Misfire.FIRE_ONCE,
                at("2026-12-24T09:00:00Z"),
                at("2026-12-25T09:00:00Z"),
                false,
                at("2026-12-01T00:00:00Z"),
                GRACE);

        assertThat(accounting.lines())
                .containsExactly(new Accounting.Line(
                        at("2026-12-25T09:00:00Z"),
                        LedgerStatus.EXCLUDED,
                        "2026-12-25 is one of the schedule's exclusion dates."));
        assertThat(accounting.toFire()).isNull();
    }

    @Test
    void aMissBeforeAnExclusionIsStillCaughtUpWithinTheGracePeriod() {
        ScheduleRule lateEvening = new ScheduleRule(23, 50, EnumSet.allOf(DayOfWeek.class), null, dates("2026-12-25"));

        Accounting accounting = Accounting.of(
                lateEvening,
                Misfire.FIRE_ONCE,
                at("2026-12-23T23:50:00Z"),
                at("2026-12-25T23:55:00Z"),
                false,
                at("2026-12-25T23:54:00Z"),
                Duration.ofDays(2));

        assertThat(accounting.lines())
                .extracting(Accounting.Line::status)
                .containsExactly(LedgerStatus.MISSED, LedgerStatus.EXCLUDED);
        assertThat(accounting.toFire()).isEqualTo(at("2026-12-24T23:50:00Z"));
    }
}
