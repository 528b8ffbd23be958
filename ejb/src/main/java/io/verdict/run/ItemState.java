package io.verdict.run;

/** Where a work item is: waiting, being processed right now, finished with a result, or closed without processing. */
public enum ItemState {
    PENDING,
    /** Its handler is running. Committed before the handler touches the target system, so that after a crash the item
     * ends ERROR INTERRUPTED instead of being silently processed again. */
    IN_FLIGHT,
    FINISHED,
    /** Not processed: the run was stopped and the user chose to mark the remaining items as done. */
    DONE
}
