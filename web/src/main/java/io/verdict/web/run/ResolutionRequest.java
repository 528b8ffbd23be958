package io.verdict.web.run;

import io.verdict.run.Resolution;

/** {@code POST /items/{id}/resolution}: {@code {"action":"DISCARD|MANUAL","note":"…"}}. */
public record ResolutionRequest(Resolution action, String note) {}
