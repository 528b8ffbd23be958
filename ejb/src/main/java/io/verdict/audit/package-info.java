/**
 * The audit trail: who did what to which run, process, schedule, robot, token or secret, written in the caller's
 * transaction so that no action is kept without its entry. {@link io.verdict.audit.AuditAction} is the one list of
 * actions.
 */
package io.verdict.audit;
