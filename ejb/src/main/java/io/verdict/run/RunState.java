package io.verdict.run;

/** Where a run is in its life: {@code PENDING → RUNNING → (STOPPING →) COMPLETED | UNRESOLVED}. */
public enum RunState {
    /** Created, waiting for a robot to start it. */
    PENDING,
    RUNNING,
    /** A stop was asked for; the batch execution has not ended yet. */
    STOPPING,
    /** Every record is OK, or its failure was resolved by a person or by a successful relaunch. */
    COMPLETED,
    /** Finished with at least one KO or ERROR record nobody has resolved yet. */
    UNRESOLVED;

    public boolean isFinished() {
        return this == COMPLETED || this == UNRESOLVED;
    }
}
