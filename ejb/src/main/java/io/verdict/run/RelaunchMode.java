package io.verdict.run;

/** Which records of a run a relaunch takes. */
public enum RelaunchMode {
    ALL,
    /** KO and ERROR. */
    FAILED,
    ERRORS,
    SELECTED
}
