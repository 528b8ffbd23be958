package io.verdict.web.run;

import io.verdict.run.PendingPolicy;
import io.verdict.run.StopMode;

/** {@code POST /runs/{id}/stop}: {@code {"mode":"FINISH|TERMINATE","pending":"FAILED|DONE"}}. */
public record StopRequest(StopMode mode, PendingPolicy pending) {}
