package io.verdict.result;

/**
 * How many KO records of a process had this reason code in the period, with one of their reasons as an example; the
 * code is null for KO records whose handler gave none.
 */
public record KoReason(String process, ReasonCode code, long count, String example) {

    public String suggestedAction() {
        return code == null ? "" : code.suggestedAction();
    }
}
