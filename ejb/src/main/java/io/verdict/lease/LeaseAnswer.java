package io.verdict.lease;

import java.util.Optional;

/**
 * One answer of a robot's batch of results: the lease and what the robot says. Once taken, {@link #refusal} says why
 * the lease refused it (the 404 or 409 the single result call would have raised), or nothing when it was taken.
 */
public record LeaseAnswer(String leaseId, RobotAnswer answer, Optional<RuntimeException> refusal) {

    public LeaseAnswer(String leaseId, RobotAnswer answer) {
        this(leaseId, answer, Optional.empty());
    }

    LeaseAnswer refused(RuntimeException why) {
        return new LeaseAnswer(leaseId, answer, Optional.of(why));
    }
}
