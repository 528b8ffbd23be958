package io.verdict.run;

/**
 * A run took its final state, with its items' counts. Fired inside the transaction that ends it, so what observers
 * write (the summary e-mail) commits with the end of the run, or not at all; observers of its success count it.
 */
public record RunEnded(Run run, RunCounts counts) {}
