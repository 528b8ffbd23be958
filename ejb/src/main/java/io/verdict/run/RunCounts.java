package io.verdict.run;

/** A run's items by outcome; {@code unresolved} counts the KO and ERROR items nobody has resolved. */
public record RunCounts(int total, int ok, int ko, int error, int pending, int done, int unresolved) {}
