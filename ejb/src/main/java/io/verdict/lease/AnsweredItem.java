package io.verdict.lease;

import io.verdict.handler.BusinessRuleException;
import io.verdict.handler.TechnicalException;
import io.verdict.result.Result;
import io.verdict.run.ItemOutcome;

/**
 * A record whose robot answered, as the run's batch job reads it to write its result: the item, attempt and answer.
 * It says once what the answer means, for the job's processor and for a run that ends before its job wrote it.
 */
public record AnsweredItem(long itemId, int attempt, RobotAnswer answer) {

    /** Added to a final ERROR's reason when the robot may have changed something before it failed. */
    static final String STARTED = " The robot had started on it: check the target system before relaunching.";

    /** The KO answer as the engine's skip policy takes it. */
    public BusinessRuleException ko() {
        return new BusinessRuleException(answer.reasonCode(), answer.reason(), answer.suggestedAction());
    }

    /** The ERROR answer, not retried, as the engine's skip policy takes it: in doubt when the robot had started. */
    public TechnicalException error() {
        return new TechnicalException(
                answer.reasonCode(),
                answer.started() ? answer.reason() + STARTED : answer.reason(),
                answer.suggestedAction());
    }

    /** The answer as the record's final result, when it is not to be tried again. */
    public ItemOutcome outcome() {
        return switch (answer.result()) {
            case OK -> ItemOutcome.ok(itemId, attempt, answer.output());
            case KO -> ItemOutcome.ko(itemId, attempt, ko());
            default -> ItemOutcome.error(itemId, attempt, error());
        };
    }

    /** Whether the robot said it failed before touching anything in the target system. */
    public boolean failedUntouched() {
        return answer.result() == Result.ERROR && !answer.started();
    }
}
