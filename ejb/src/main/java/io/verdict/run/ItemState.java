package io.verdict.run;

/**
 * Where a work item is: waiting, being processed right now (in the server, or by a robot that leased it), finished with
 * a result, or closed without processing.
 */
public enum ItemState {
    PENDING,
    /** Its handler is running. Committed before the handler touches the target system, so that after a crash the item
     * ends ERROR INTERRUPTED instead of being silently processed again. */
    IN_FLIGHT,
    /** Leased to an external robot, which is working it: like in flight, committed before the robot gets it. */
    LEASED,
    /** Its robot answered; the run's batch job has yet to write the answer as its result (or retry it). */
    ANSWERED,
    FINISHED,
    /** Not processed: the run was stopped and the user chose to mark the remaining items as done. */
    DONE
}
