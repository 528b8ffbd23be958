package io.verdict.run;

import io.verdict.handler.BusinessRuleException;
import io.verdict.handler.TechnicalException;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;

/** What processing one work item came to: its result, why, what to do, after how many attempts, and its output. */
public record ItemOutcome(
        long itemId,
        Result result,
        ReasonCode reasonCode,
        String reason,
        String suggestedAction,
        int attempts,
        String output) {

    public static ItemOutcome ok(long itemId, int attempts, String output) {
        return new ItemOutcome(itemId, Result.OK, null, null, null, attempts, output);
    }

    public static ItemOutcome ko(long itemId, int attempts, BusinessRuleException failure) {
        return new ItemOutcome(
                itemId,
                Result.KO,
                failure.reasonCode(),
                failure.getMessage(),
                failure.suggestedAction(),
                attempts,
                null);
    }

    public static ItemOutcome error(long itemId, int attempts, TechnicalException failure) {
        return error(itemId, attempts, failure.reasonCode(), failure.getMessage());
    }

    public static ItemOutcome error(long itemId, int attempts, ReasonCode reasonCode, String reason) {
        return new ItemOutcome(itemId, Result.ERROR, reasonCode, reason, reasonCode.suggestedAction(), attempts, null);
    }
}
