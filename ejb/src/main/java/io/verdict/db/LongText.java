package io.verdict.db;

/** Text kept in Verdict's VARCHAR(2000) columns (reasons, notes, ledger lines): longer text is cut with an ellipsis. */
public final class LongText {

    public static final int MAX = 2000;

    private LongText() {}

    public static String clip(String text) {
        return text == null || text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
