package io.verdict.result;

/** Why a record ended KO or ERROR, each with the action suggested when nothing more specific is known. */
public enum ReasonCode {
    MISSING_DATA(Result.KO, "Complete the missing data in the source file and relaunch only this record."),
    INVALID_FORMAT(Result.KO, "Correct the value in the source file and relaunch only this record."),
    OUT_OF_RANGE(Result.KO, "Check the value with the business owner, correct it and relaunch only this record."),
    DUPLICATE(Result.KO, "Remove the duplicate from the source file; the first occurrence was processed."),
    BUSINESS_RULE(Result.KO, "Review the record with the business team; relaunch it only once the rule is met."),
    CONNECTIVITY(Result.ERROR, "Relaunch; if it repeats, check the network and the target system."),
    AVAILABILITY(Result.ERROR, "Relaunch later; if it repeats, tell IT the target system is failing."),
    INTERFACE(Result.ERROR, "Tell IT: the target system's interface changed. Relaunch after the process is adapted."),
    TECHNICAL(Result.ERROR, "Relaunch; if it repeats, send the reason to IT."),
    INTERRUPTED(Result.ERROR, "Verify in the target system whether the record was processed before relaunching it.");

    private final Result result;
    private final String suggestedAction;

    ReasonCode(Result result, String suggestedAction) {
        this.result = result;
        this.suggestedAction = suggestedAction;
    }

    /** KO for data and business reasons, ERROR for technical ones. */
    public Result result() {
        return result;
    }

    public String suggestedAction() {
        return suggestedAction;
    }
}
