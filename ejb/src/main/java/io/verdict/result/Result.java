package io.verdict.result;

/** How a record ended. Shared by the engine, the API, the console and the export. */
public enum Result {
    /** The record was processed completely. */
    OK,
    /** A controlled failure: bad or incomplete data, or a business rule not met. Never retried; goes to the business team. */
    KO,
    /** An uncontrolled failure: timeout, outage, interface change, anything unexpected. Retried; goes to IT. */
    ERROR
}
