package io.verdict.lease;

/** How many records of one run a robot holds now: what the Robots page says the robot is working on. */
public record HeldRecords(String robot, String process, long runId, int runNumber, int records) {}
