package io.verdict.lease;

/** What a robot run's batch job has left to wait for, as its reader asks between answers. */
public enum Outstanding {
    /** Nothing: every record has its result (or the stop's), and the job ends. */
    NOTHING,
    /** Records pending, leased or answered: robots are at work, the job looks again shortly. */
    ANSWERS,
    /**
     * Records pending but none held and no robot able to lease them: the job gives its thread back and the run waits
     * PENDING, saying why, until a robot calls in.
     */
    NO_ROBOT
}
