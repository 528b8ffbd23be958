/**
 * Prometheus metrics for monitoring: records by result, run durations, pending and running runs, robots. Read-only.
 */
package io.verdict.metrics;
