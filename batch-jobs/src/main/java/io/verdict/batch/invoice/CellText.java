package io.verdict.batch.invoice;

/**
 * How the invoice rules read a cell's text and show it back in a reason: spreadsheets bring stray spaces (including
 * non-breaking ones) around values, and a reason must stay readable even when a cell holds a whole paragraph.
 */
final class CellText {

    /** Longest part of a value shown in a reason, in characters (code points). */
    static final int MAX_QUOTED_LENGTH = 60;

    private CellText() {}

    /** The value without surrounding whitespace or non-breaking spaces; an empty string for {@code null}. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /**
     * The value between double quotes, cut after {@value #MAX_QUOTED_LENGTH} characters with an ellipsis. Shown as
     * text: escaping for HTML or spreadsheets is the job of whoever displays it.
     */
    static String quote(String value) {
        String shown = value;
        if (value.codePointCount(0, value.length()) > MAX_QUOTED_LENGTH) {
            shown = value.substring(0, value.offsetByCodePoints(0, MAX_QUOTED_LENGTH)) + "…";
        }
        return '"' + shown + '"';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
