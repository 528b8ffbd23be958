package io.verdict.run;

import java.time.Instant;

/** A run of the same process that is still executing, as the checklist names it. */
public record ActiveRun(int number, RunState state, String robot, Instant startedAt) {

    @Override
    public String toString() {
        return "run #" + number + " is " + state + " on robot " + robot + " since " + startedAt;
    }
}
