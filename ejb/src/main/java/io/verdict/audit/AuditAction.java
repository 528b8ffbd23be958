package io.verdict.audit;

/**
 * What an audit entry says was done: the one list of actions that the services record, the API filters by
 * ({@code GET /api/v1/audit?action=}), the console offers in its filter and the tests look for.
 */
public enum AuditAction {
    RUN_STARTED,
    RUN_RELAUNCHED,
    RUN_STOPPED,
    ITEM_RESOLVED,
    RUNS_PURGED,
    PROCESS_CREATED,
    PROCESS_CHANGED,
    PROCESS_RETIRED,
    PROCESS_DELETED,
    ROBOT_ASSIGNED,
    LICENCE_ASSIGNED,
    LICENCE_UNASSIGNED,
    SCHEDULE_CREATED,
    SCHEDULE_CHANGED,
    SCHEDULE_PAUSED,
    SCHEDULE_RESUMED,
    SCHEDULE_DELETED,
    SECRET_CREATED,
    SECRET_CHANGED,
    SECRET_DELETED,
    TOKEN_CREATED,
    TOKEN_DELETED,
    EMAIL_CHANGED,
    /** A message to a process's e-mail trigger was answered with a refusal. */
    EMAIL_REFUSED
}
