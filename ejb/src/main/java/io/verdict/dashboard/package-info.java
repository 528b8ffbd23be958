/**
 * The dashboard's numbers: each process's records by result per GMT day and the most frequent KO reasons. Read-only;
 * the items are read through the run's work-item repository.
 */
package io.verdict.dashboard;
