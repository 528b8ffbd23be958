/**
 * The contract between the engine and a process: everything a process author needs, in one place.
 *
 * <p>A process is a job XML in {@code META-INF/batch-jobs/} whose job names {@code record-engine} as its parent and
 * whose properties give its description, the {@code columns} its input must have, its {@code keyColumn}, the defaults
 * of its settings and the {@code handler}: the {@code @Named} CDI bean implementing {@link
 * io.verdict.handler.RecordHandler}. For each record the engine calls {@code checkData} (alone, in a dry run), then
 * {@code process}, with the record as a {@link io.verdict.handler.PendingItem} (its values by column, its business key,
 * whether that key was seen before in the run) and the run as a {@link io.verdict.handler.RunContext} (process, dry
 * run, attempts, backoff and the process's settings, the job XML's defaults with an admin's changes).
 *
 * <p>Throw {@link io.verdict.handler.BusinessRuleException} for KO: the data or a business rule is wrong and a person
 * corrects it; it is never retried. Throw {@link io.verdict.handler.TechnicalException} for ERROR: the target system
 * timed out, refused or answered 5xx; the engine retries it with exponential backoff up to the process's {@code
 * maxAttempts}. Anything else unexpected is ERROR too. Each carries a {@link io.verdict.result.ReasonCode} and a reason
 * a user can act on; never put a password in one. Call a target system over HTTP with {@link
 * io.verdict.handler.HttpCalls}, which turns timeouts, broken connections and 5xx into ERROR. A secret (a portal's
 * password) reaches a handler through {@code io.verdict.secret.SecretService#value(name, process)}, named by a setting.
 *
 * <p>This package depends on the result vocabulary alone; the engine, the batch runtime and the database stay out of a
 * handler's sight.
 */
package io.verdict.handler;
