package io.verdict.run;

import java.time.Instant;

/** A run of the same process ahead of a waiting one: executing, or PENDING and older. */
public record ActiveRun(int number, RunState state, String robot, Instant startedAt) {

    public boolean isExecuting() {
        return state != RunState.PENDING;
    }

    @Override
    public String toString() {
        return isExecuting()
                ? "run #" + number + " is " + state + " on robot " + robot + " since " + startedAt
                : "run #" + number + " is PENDING and starts first";
    }
}
