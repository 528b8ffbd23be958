package io.verdict.handler;

import java.util.Map;

/** What the batch job needs to know about its run: the process, whether it is a dry run, how to retry, the settings. */
public record RunContext(
        long runId, String process, boolean dryRun, int maxAttempts, int backoffMs, Map<String, String> settings) {}
