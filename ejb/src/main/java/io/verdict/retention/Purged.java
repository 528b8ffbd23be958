package io.verdict.retention;

import java.time.Instant;

/** What one purge removed from one process: its runs that ended before {@code before}, and their items. */
public record Purged(String process, int retentionDays, Instant before, int runs, long items) {}
