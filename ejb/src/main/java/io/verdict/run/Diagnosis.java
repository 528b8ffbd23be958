package io.verdict.run;

import java.util.List;
import java.util.Optional;

/**
 * Why a run may or may not start now: every checklist line with its evidence, and the robots that could start it.
 *
 * @param readyRobots the robots that pass every robot line, by name; empty when a line fails
 */
public record Diagnosis(List<CheckResult> checks, List<String> readyRobots) {

    public boolean ready() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    /** The first failed line, spelled out: "Robot not connected: robot ghost: last seen never". */
    private Optional<String> failure() {
        return checks.stream()
                .filter(result -> !result.passed())
                .findFirst()
                .map(result -> result.check().failure() + ": " + result.evidence());
    }

    /** What a PENDING run is waiting for. */
    public String pendingReason() {
        return failure()
                .orElse("Every check passed: robot " + String.join(" or ", readyRobots)
                        + " starts it within a second.");
    }
}
