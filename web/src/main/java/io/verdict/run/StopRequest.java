package io.verdict.run;

/** {@code POST /runs/{id}/stop}: {@code {"mode":"FINISH|TERMINATE","pending":"FAILED|DONE"}}. */
public record StopRequest(StopMode mode, PendingPolicy pending) {}
