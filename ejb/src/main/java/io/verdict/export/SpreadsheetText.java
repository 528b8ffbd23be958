package io.verdict.export;

/**
 * Recognises text that Excel or LibreOffice would read as a formula or command, the vehicle of formula (CSV)
 * injection, so that reports can mark it as text.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /**
     * True when a spreadsheet could read the text as a formula or command: it starts with =, +, -, @, a tab or a
     * carriage return.
     */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
