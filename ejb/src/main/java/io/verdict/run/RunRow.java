package io.verdict.run;

/** A run as people see it in a list: the run, its item counts and, when it is PENDING, what it waits for. */
public record RunRow(Run run, RunCounts counts, String pendingReason) {}
