/**
 * The inbox folder of each process, {@code <data dir>/inbox/<process>/}: the oldest file dropped there becomes a run's
 * input, then moves to {@code processed/} or, refused, to {@code rejected/} with its reason. The folders are made here
 * at start-up, not by the process registry.
 */
package io.verdict.dropfolder;
