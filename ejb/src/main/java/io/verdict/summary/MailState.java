package io.verdict.summary;

/** Where a run's summary e-mail is: waiting to be sent (again), sent, or given up after its last attempt. */
public enum MailState {
    PENDING,
    SENT,
    FAILED
}
