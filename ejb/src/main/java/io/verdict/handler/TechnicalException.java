package io.verdict.handler;

import io.verdict.result.ReasonCode;
import io.verdict.result.Result;

/**
 * A record could not be processed for a technical reason (timeout, refused connection, HTTP 5xx, changed interface).
 * Retried with backoff up to the process's max attempts, then the record ends ERROR. Declared as a skippable
 * exception in every job XML.
 */
public class TechnicalException extends Exception {

    private final ReasonCode reasonCode;

    public TechnicalException(ReasonCode reasonCode, String reason) {
        this(reasonCode, reason, null);
    }

    public TechnicalException(ReasonCode reasonCode, String reason, Throwable cause) {
        super(reason, cause);
        if (reasonCode.result() != Result.ERROR) {
            throw new IllegalArgumentException(reasonCode + " is a business reason, not a technical one");
        }
        this.reasonCode = reasonCode;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }
}
