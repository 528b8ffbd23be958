package io.verdict.run;

import java.util.List;

/** {@code POST /runs/{id}/relaunch}: {@code {"mode":"ALL|FAILED|ERRORS|SELECTED","itemIds":[…]}}. */
public record RelaunchRequest(RelaunchMode mode, List<Long> itemIds) {}
