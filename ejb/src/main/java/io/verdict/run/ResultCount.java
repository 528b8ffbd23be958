package io.verdict.run;

import io.verdict.result.Result;
import java.time.Instant;

/** How many of a run's items ended with one result, with the run's process and creation time: a dashboard cell's part. */
public record ResultCount(String process, Instant runCreatedAt, Result result, long count) {}
