package io.verdict.schedule;

/** What a schedule does about a due time that passed while the server was down. */
public enum Misfire {
    /** Fire once when the server comes back, if it is back within the grace period; older misses stay missed. */
    FIRE_ONCE,
    /** Never catch up: a missed due time stays missed. */
    SKIP
}
