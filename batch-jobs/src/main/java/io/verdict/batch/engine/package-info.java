/**
 * The one engine every process runs, the batch artifacts of {@code record-engine.xml}: a partition mapper cutting the
 * run's pending items into ranges, a reader paging them, a processor marking each in flight and calling the process's
 * handler with retries and backoff, a writer saving the results, skip listeners turning KO and ERROR into results, and
 * a job listener ending the run. A run worked by external robots ({@code robot.xml}) reads its robots' answers instead
 * ({@link io.verdict.batch.engine.AnswerReader}, {@link io.verdict.batch.engine.AnswerProcessor}) through the same
 * writer and listeners. It reaches the database only through the run's work-item repository and the robots' leases.
 */
package io.verdict.batch.engine;
