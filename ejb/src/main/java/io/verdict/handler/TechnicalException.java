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
    private final String suggestedAction;

    public TechnicalException(ReasonCode reasonCode, String reason) {
        this(reasonCode, reason, (Throwable) null);
    }

    public TechnicalException(ReasonCode reasonCode, String reason, Throwable cause) {
        this(reasonCode, reason, reasonCode.suggestedAction(), cause);
    }

    /** A failure whose handler (or robot) knows better than its reason code what a person should do next. */
    public TechnicalException(ReasonCode reasonCode, String reason, String suggestedAction) {
        this(reasonCode, reason, suggestedAction, null);
    }

    private TechnicalException(ReasonCode reasonCode, String reason, String suggestedAction, Throwable cause) {
        super(reason, cause);
        if (reasonCode.result() != Result.ERROR) {
            throw new IllegalArgumentException(reasonCode + " is a business reason, not a technical one");
        }
        this.reasonCode = reasonCode;
        this.suggestedAction = suggestedAction;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }

    public String suggestedAction() {
        return suggestedAction;
    }
}
