package io.verdict.run;

/** How a KO or ERROR item stopped needing attention. */
public enum Resolution {
    /** Reviewed; it will not be processed. */
    DISCARD,
    /** Processed by hand outside Verdict. */
    MANUAL,
    /** A relaunch of it ended OK. */
    RELAUNCHED
}
