package io.verdict.run;

/**
 * A person asked a running run to stop, fired within the stop's transaction: whoever holds the run's records outside
 * its batch job (the robots' leases) gives them up as the stop's mode says.
 */
public record RunStopRequested(long runId, StopMode mode, String user) {}
