package io.verdict.lease;

import io.verdict.db.LongText;
import io.verdict.error.InvalidRequestException;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a robot says became of a record it leased: OK with its output; KO (a data or business reason, final) or ERROR
 * (a technical one, retried) with a reason code, a reason and what to do. {@code started} false says the robot touched
 * nothing in the target system before failing.
 */
public record RobotAnswer(
        Result result, ReasonCode reasonCode, String reason, String suggestedAction, String output, boolean started) {

    /** The longest suggested action a record keeps, as its column holds. */
    static final int MAX_ACTION = 500;

    /**
     * The answer a robot sent, its fields as they came; a field that is missing, unknown, of the wrong kind or too long
     * is a 400 naming it, with every problem at once.
     */
    public static RobotAnswer of(
            String result, String reasonCode, String reason, String suggestedAction, String output, Boolean started) {
        List<String> problems = new ArrayList<>();
        Result parsedResult = parse("result", result, Arrays.asList(Result.values()), problems);
        ReasonCode code = null;
        if (parsedResult == Result.OK) {
            if (reasonCode != null || reason != null || suggestedAction != null) {
                problems.add("an OK result has no reasonCode, reason nor suggestedAction");
            }
        } else if (parsedResult != null) {
            List<ReasonCode> allowed = Arrays.stream(ReasonCode.values())
                    .filter(candidate -> candidate.result() == parsedResult && candidate != ReasonCode.INTERRUPTED)
                    .toList();
            code = parse("reasonCode", reasonCode, allowed, problems);
            if (reason == null || reason.isBlank()) {
                problems.add("reason: a " + parsedResult + " needs the reason, in words a person acts on");
            }
        }
        if (output != null && parsedResult != Result.OK) {
            problems.add("output: only an OK result has an output");
        }
        tooLong("reason", reason, LongText.MAX, problems);
        tooLong("suggestedAction", suggestedAction, MAX_ACTION, problems);
        tooLong("output", output, LongText.MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Not a result: " + String.join("; ", problems) + ".");
        }
        String action = suggestedAction == null || suggestedAction.isBlank()
                ? code == null ? null : code.suggestedAction()
                : suggestedAction.strip();
        return new RobotAnswer(
                parsedResult, code, reason == null ? null : reason.strip(), action, output, started == null || started);
    }

    private static <E extends Enum<E>> E parse(String field, String value, List<E> allowed, List<String> problems) {
        String choices = String.join(", ", allowed.stream().map(Enum::name).toList());
        if (value == null) {
            problems.add(field + " is required: one of " + choices);
            return null;
        }
        return allowed.stream()
                .filter(candidate -> candidate.name().equals(value.strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseGet(() -> {
                    problems.add(field + ": \"" + value + "\" is not one of " + choices);
                    return null;
                });
    }

    private static void tooLong(String field, String value, int max, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add(field + " has " + value.length() + " characters, at most " + max);
        }
    }
}
