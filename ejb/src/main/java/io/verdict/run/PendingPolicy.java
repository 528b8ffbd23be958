package io.verdict.run;

/** What becomes of the records a stopped run did not reach. */
public enum PendingPolicy {
    /** They end ERROR and can be relaunched. */
    FAILED,
    /** They are closed as done, unprocessed. */
    DONE
}
