package io.verdict.input;

/** Receives the records of a file one at a time, in file order; may itself reject the file. */
@FunctionalInterface
public interface RecordConsumer {
    void accept(InputRecord record) throws InputRejectedException;
}
