/**
 * The summary e-mail sent when a run ends: queued with the end of the run, sent by an outbox with retries outside any
 * transaction, with the failures attached; each delivery is kept for the run page. It never changes a run.
 */
package io.verdict.summary;
