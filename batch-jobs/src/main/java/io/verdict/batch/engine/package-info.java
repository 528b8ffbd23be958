/**
 * The one engine every process runs, the batch artifacts of {@code record-engine.xml}: a partition mapper cutting the
 * run's pending items into ranges, a reader paging them, a processor marking each in flight and calling the process's
 * handler with retries and backoff, a writer saving the results, skip listeners turning KO and ERROR into results, and
 * a job listener ending the run. It reaches the database only through the run's work-item repository.
 */
package io.verdict.batch.engine;
