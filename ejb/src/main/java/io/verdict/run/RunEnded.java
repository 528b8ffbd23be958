package io.verdict.run;

/**
 * A run took its final state. Fired inside the transaction that ends it, so what observers write (the summary e-mail)
 * commits with the end of the run, or not at all.
 */
public record RunEnded(Run run) {}
