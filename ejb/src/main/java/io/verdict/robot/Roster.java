package io.verdict.robot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every robot at one instant, with what follows from the time and from each other: who is connected (heartbeat fresher
 * than the allowed silence) and whose licence counts (not expired, and among the first robots licensed when more hold
 * a licence than the plan allows). Each statement comes with its evidence, in words a user can check.
 */
public final class Roster {

    private final List<Robot> robots;
    private final Instant now;
    private final Duration silence;
    private final int planLimit;
    private final Set<String> withinPlan;

    public Roster(List<Robot> robots, Instant now, Duration silence, int planLimit) {
        this.robots =
                robots.stream().sorted(Comparator.comparing(Robot::getName)).toList();
        this.now = now;
        this.silence = silence;
        this.planLimit = planLimit;
        this.withinPlan =
                licensedInPlanOrder().limit(planLimit).map(Robot::getName).collect(Collectors.toSet());
    }

    public List<Robot> robots() {
        return robots;
    }

    public Optional<Robot> find(String name) {
        return robots.stream().filter(robot -> robot.getName().equals(name)).findFirst();
    }

    public ConnectionStatus connection(Robot robot) {
        return robot.getLastSeen()
                        .filter(seen -> !seen.plus(silence).isBefore(now))
                        .isPresent()
                ? ConnectionStatus.CONNECTED
                : ConnectionStatus.DISCONNECTED;
    }

    public LicenceStatus licence(Robot robot) {
        if (robot.getLicenceKey().isEmpty()) {
            return LicenceStatus.NOT_ASSIGNED;
        }
        if (!robot.getLicenceExpiresAt().isAfter(now)) {
            return LicenceStatus.EXPIRED;
        }
        return withinPlan.contains(robot.getName()) ? LicenceStatus.ACTIVE : LicenceStatus.ROBOT_LIMIT_REACHED;
    }

    /** Connected and licensed: the robot may start runs now. */
    public boolean isAvailable(Robot robot) {
        return connection(robot) == ConnectionStatus.CONNECTED && licence(robot) == LicenceStatus.ACTIVE;
    }

    /** "robot r1: last seen never", or when and how long ago, and whether that is too long. */
    public String connectionEvidence(Robot robot) {
        String prefix = "robot " + robot.getName() + ": last seen ";
        if (robot.getLastSeen().isEmpty()) {
            return prefix + "never";
        }
        Instant seen = robot.getLastSeen().get();
        String evidence =
                prefix + describe(seen) + ", " + Duration.between(seen, now).toSeconds() + " s ago";
        return connection(robot) == ConnectionStatus.CONNECTED
                ? evidence
                : evidence + " (disconnected after " + silence.toSeconds() + " s of silence)";
    }

    /** "robot r1: licence …7F3A expired 2026-11-01", "robot r1: no licence assigned", and so on. */
    public String licenceEvidence(Robot robot) {
        String prefix = "robot " + robot.getName() + ": ";
        LicenceStatus status = licence(robot);
        if (status == LicenceStatus.NOT_ASSIGNED) {
            return prefix + "no licence assigned";
        }
        String licence = prefix + "licence " + keyHint(robot.getLicenceKey().orElseThrow());
        return switch (status) {
            case EXPIRED -> licence + " expired " + describe(robot.getLicenceExpiresAt());
            case ACTIVE -> licence + " active until " + describe(robot.getLicenceExpiresAt());
            default ->
                licence + " is over the plan's limit of " + planLimit + " licensed robot"
                        + (planLimit == 1 ? "" : "s") + " (held by "
                        + licensedInPlanOrder()
                                .filter(other -> withinPlan.contains(other.getName()))
                                .map(Robot::getName)
                                .collect(Collectors.joining(", "))
                        + ")";
        };
    }

    /** The end of a licence key, enough to tell keys apart without showing them. */
    public static String keyHint(String key) {
        return key.length() <= 4 ? key : "…" + key.substring(key.length() - 4);
    }

    /** An instant as ISO-8601 UTC, or just its date when it is midnight UTC (as licence expiry dates are). */
    static String describe(Instant instant) {
        Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
        return seconds.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)
                ? seconds.atOffset(ZoneOffset.UTC).toLocalDate().toString()
                : seconds.toString();
    }

    /** Robots whose licence has not expired, in the order they got it: the plan counts them in this order. */
    private Stream<Robot> licensedInPlanOrder() {
        return robots.stream()
                .filter(robot -> robot.getLicenceKey().isPresent())
                .filter(robot -> robot.getLicenceExpiresAt().isAfter(now))
                .sorted(Comparator.comparing(Robot::getLicenceAssignedAt).thenComparing(Robot::getName));
    }
}
