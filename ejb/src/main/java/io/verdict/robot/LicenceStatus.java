package io.verdict.robot;

/** Whether a robot may run processes, as far as licensing goes. */
public enum LicenceStatus {
    /** A licence that has not expired, within the plan's robot limit. */
    ACTIVE,
    EXPIRED,
    NOT_ASSIGNED,
    /** A licence that has not expired, but more robots than the plan allows hold one, and this one got it last. */
    ROBOT_LIMIT_REACHED
}
