package io.verdict.run;

/** {@code POST /items/{id}/resolution}: {@code {"action":"DISCARD|MANUAL","note":"…"}}. */
public record ResolutionRequest(Resolution action, String note) {}
