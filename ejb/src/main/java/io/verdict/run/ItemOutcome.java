package io.verdict.run;

import io.verdict.handler.BusinessRuleException;
import io.verdict.handler.TechnicalException;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import java.time.Instant;

/**
 * What processing one work item came to: its result, why, what to do, after how many attempts, and its output; or,
 * for a record a robot failed, that it is to be retried, by a robot, once {@code retryAt} has passed.
 *
 * @param retryAt null for a result; else the record is pending again, to be leased no earlier than then
 */
public record ItemOutcome(
        long itemId,
        Result result,
        ReasonCode reasonCode,
        String reason,
        String suggestedAction,
        int attempts,
        String output,
        Instant retryAt) {

    public static ItemOutcome ok(long itemId, int attempts, String output) {
        return new ItemOutcome(itemId, Result.OK, null, null, null, attempts, output, null);
    }

    /** A robot's ERROR to try again: the record is leased again, to any robot, after the backoff. */
    public static ItemOutcome retry(long itemId, int attempts, Instant retryAt) {
        return new ItemOutcome(itemId, null, null, null, null, attempts, null, retryAt);
    }

    public boolean isRetry() {
        return retryAt != null;
    }

    public static ItemOutcome ko(long itemId, int attempts, BusinessRuleException failure) {
        return failed(
                itemId, attempts, Result.KO, failure.reasonCode(), failure.getMessage(), failure.suggestedAction());
    }

    public static ItemOutcome error(long itemId, int attempts, TechnicalException failure) {
        return failed(
                itemId, attempts, Result.ERROR, failure.reasonCode(), failure.getMessage(), failure.suggestedAction());
    }

    public static ItemOutcome error(long itemId, int attempts, ReasonCode reasonCode, String reason) {
        return failed(itemId, attempts, Result.ERROR, reasonCode, reason, reasonCode.suggestedAction());
    }

    private static ItemOutcome failed(
            long itemId, int attempts, Result result, ReasonCode reasonCode, String reason, String suggestedAction) {
        return new ItemOutcome(itemId, result, reasonCode, reason, suggestedAction, attempts, null, null);
    }
}
