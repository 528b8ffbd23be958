/**
 * Processes as Verdict knows them: one per concrete job XML, registered at start-up, with the settings an admin changes
 * (attempts, backoff, chunk size, partitions, robot, recipients, retention and the handler's own). It knows nothing of
 * runs, folders or mail.
 */
package io.verdict.process;
