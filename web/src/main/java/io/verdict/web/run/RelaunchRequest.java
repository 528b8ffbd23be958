package io.verdict.web.run;

import io.verdict.run.RelaunchMode;
import java.util.List;

/** {@code POST /runs/{id}/relaunch}: {@code {"mode":"ALL|FAILED|ERRORS|SELECTED","itemIds":[…]}}. */
public record RelaunchRequest(RelaunchMode mode, List<Long> itemIds) {}
