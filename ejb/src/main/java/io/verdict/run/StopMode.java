package io.verdict.run;

/** How a run stops: let the current chunk finish, or end the records in flight at once. */
public enum StopMode {
    FINISH,
    TERMINATE
}
