/**
 * How long ended runs are kept: a nightly persistent timer, or an admin, purges each process's runs older than its
 * {@code retentionDays} in short batches, each purge audited. It deletes only ended runs.
 */
package io.verdict.retention;
