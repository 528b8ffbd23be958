package io.verdict.lease;

/** Where a lease is: held by its robot, or ended one of four ways; an ended lease's late calls are told which. */
public enum LeaseState {
    /** Its robot holds the record until it answers, releases, or the lease expires. */
    LEASED("is held"),
    ANSWERED("was already answered"),
    /** Its robot fell silent: the record ended ERROR INTERRUPTED. */
    EXPIRED("has expired"),
    /** A stop that terminated the run took the record back: it ended ERROR INTERRUPTED. */
    REVOKED("was revoked by a stop of its run"),
    /** Its robot gave the record back untouched: it is pending again. */
    RELEASED("was released");

    private final String told;

    LeaseState(String told) {
        this.told = told;
    }

    /** What a late call on a lease in this state is told, after "Lease …". */
    String told() {
        return told;
    }
}
