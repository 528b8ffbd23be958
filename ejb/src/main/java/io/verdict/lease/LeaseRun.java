package io.verdict.lease;

/** The run a robot is given records of, as each of its leases names it. */
record LeaseRun(long runId, int runNumber, String process, boolean dryRun) {}
