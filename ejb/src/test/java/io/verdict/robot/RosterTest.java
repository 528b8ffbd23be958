package io.verdict.robot;

import static io.verdict.robot.Robots.licensed;
import static io.verdict.robot.Robots.neverSeen;
import static io.verdict.robot.Robots.seen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant NEXT_YEAR = Instant.parse("2027-11-21T00:00:00Z");
    private static final Duration SILENCE = Duration.ofSeconds(30);

    @Test
    void aRobotIsConnectedUntilItHasBeenSilentLongerThanAllowed() {
        Robot fresh = seen("fresh", "1.0", NOW.minusSeconds(30));
        Robot silent = seen("silent", "1.0", NOW.minusSeconds(31));
        Roster roster = new Roster(List.of(fresh, silent, neverSeen("ghost")), NOW, SILENCE, 5);

        assertThat(roster.connection(fresh)).isEqualTo(ConnectionStatus.CONNECTED);
        assertThat(roster.connection(silent)).isEqualTo(ConnectionStatus.DISCONNECTED);
        assertThat(roster.connectionEvidence(silent))
                .isEqualTo("robot silent: last seen 2026-11-21T09:59:29Z, 31 s ago"
                        + " (disconnected after 30 s of silence)");
        assertThat(roster.connectionEvidence(roster.find("ghost").orElseThrow()))
                .isEqualTo("robot ghost: last seen never");
    }

    @Test
    void aLicenceIsActiveUntilItExpires() {
        Robot expired = licensed(
                seen("old", "1.0", NOW), "KEY-0001", Instant.parse("2026-11-01T00:00:00Z"), NOW.minusSeconds(99));
        Robot unlicensed = seen("new", "1.0", NOW);
        Robot active = licensed(seen("ok", "1.0", NOW), "KEY-0002", NEXT_YEAR, NOW);
        Roster roster = new Roster(List.of(expired, unlicensed, active), NOW, SILENCE, 5);

        assertThat(roster.licence(expired)).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(roster.licenceEvidence(expired)).isEqualTo("robot old: licence …0001 expired 2026-11-01");
        assertThat(roster.licence(unlicensed)).isEqualTo(LicenceStatus.NOT_ASSIGNED);
        assertThat(roster.licenceEvidence(unlicensed)).isEqualTo("robot new: no licence assigned");
        assertThat(roster.licence(active)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(roster.isAvailable(active)).isTrue();
        assertThat(roster.isAvailable(expired)).isFalse();
    }

    @Test
    void theRobotsLicensedLastAreOverThePlanLimitAndExpiredLicencesDoNotCount() {
        Robot first = licensed(seen("b-first", "1.0", NOW), "KEY-AAAA", NEXT_YEAR, NOW.minusSeconds(300));
        Robot expired = licensed(seen("c-expired", "1.0", NOW), "KEY-BBBB", NOW, NOW.minusSeconds(200));
        Robot second = licensed(seen("a-second", "1.0", NOW), "KEY-CCCC", NEXT_YEAR, NOW.minusSeconds(100));
        Robot third = licensed(seen("d-third", "1.0", NOW), "KEY-DDDD", NEXT_YEAR, NOW);
        Roster roster = new Roster(List.of(first, expired, second, third), NOW, SILENCE, 2);

        assertThat(roster.licence(first)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(roster.licence(second)).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(roster.licence(expired)).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(roster.licence(third)).isEqualTo(LicenceStatus.ROBOT_LIMIT_REACHED);
        assertThat(roster.licenceEvidence(third))
                .isEqualTo("robot d-third: licence …DDDD is over the plan's limit of 2 licensed robots"
                        + " (held by b-first, a-second)");
    }

    @Test
    void keysAreNeverShownWhole() {
        assertThat(Roster.keyHint("VERDICT-1234-SECRET-9F3A")).isEqualTo("…9F3A");
    }
}
