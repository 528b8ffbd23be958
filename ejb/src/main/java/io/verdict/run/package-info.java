/**
 * Runs and their work items: a run is created from a file or records with all its items in one transaction, queued,
 * dispatched to a robot, processed by the batch engine, stopped, relaunched and resolved. {@link
 * io.verdict.run.RunService} holds the commands and {@link io.verdict.run.RunQueryService} the read side; {@code
 * work_item} is queried only by the repository's two halves, {@link io.verdict.run.WorkItemRows} (JDBC) and {@link
 * io.verdict.run.WorkItems} (JPA).
 */
package io.verdict.run;
