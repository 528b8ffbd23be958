package io.verdict.schedule;

/** What became of a schedule's due time, in its ledger. */
public enum LedgerStatus {
    /** The timer fired at the due time. */
    FIRED,
    /**
     * Nothing fired at the due time, mostly because the server was down; the reason says why and what the misfire
     * policy did, and the line carries the catch-up run when there was one.
     */
    MISSED,
    /** The due time fell on one of the schedule's exclusion dates. */
    EXCLUDED
}
