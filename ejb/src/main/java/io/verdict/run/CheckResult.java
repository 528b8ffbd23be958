package io.verdict.run;

/** A checklist line as evaluated now: passed or failed, and the facts that say so. */
public record CheckResult(Check check, boolean passed, String evidence) {}
