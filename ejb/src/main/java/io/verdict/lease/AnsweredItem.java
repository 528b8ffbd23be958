package io.verdict.lease;

/** A record whose robot answered, as the run's batch job reads it to write its result: the item, attempt and answer. */
public record AnsweredItem(long itemId, int attempt, RobotAnswer answer) {}
