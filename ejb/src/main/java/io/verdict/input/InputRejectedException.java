package io.verdict.input;

/**
 * An input file is rejected whole: nothing is created from it. Names the row and column at fault so that the person
 * who uploaded it can correct the file; row is 0 and column null when the fault is the whole file.
 */
public class InputRejectedException extends Exception {

    private final int row;
    private final String column;
    private final String problem;

    public InputRejectedException(int row, String column, String problem) {
        super(message(row, column, problem));
        this.row = row;
        this.column = column;
        this.problem = problem;
    }

    private static String message(int row, String column, String problem) {
        if (row <= 0) {
            return problem;
        }
        return column == null ? "Row " + row + ": " + problem : "Row " + row + ", column " + column + ": " + problem;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
