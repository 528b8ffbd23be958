package io.verdict.run;

/** What started a run. */
public enum Trigger {
    MANUAL,
    SCHEDULER,
    API,
    EMAIL,
    RELAUNCH
}
