package io.verdict.handler;

import io.verdict.result.ReasonCode;
import io.verdict.result.Result;

/**
 * A record ends KO: its data is missing or wrong, or a business rule is not met. Never retried. Declared as a
 * skippable exception in every job XML.
 */
public class BusinessRuleException extends Exception {

    private final ReasonCode reasonCode;
    private final String suggestedAction;

    public BusinessRuleException(ReasonCode reasonCode, String reason) {
        this(reasonCode, reason, reasonCode.suggestedAction());
    }

    public BusinessRuleException(ReasonCode reasonCode, String reason, String suggestedAction) {
        super(reason);
        if (reasonCode.result() != Result.KO) {
            throw new IllegalArgumentException(reasonCode + " is a technical reason, not a business one");
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
