package io.verdict.process;

/**
 * Fired once a declared process is committed, so that the features built on processes (its inbox folder) can make
 * what it needs without the process feature knowing them.
 */
public record ProcessDeclared(String name) {}
