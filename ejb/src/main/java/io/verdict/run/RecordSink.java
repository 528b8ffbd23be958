package io.verdict.run;

import io.verdict.input.InputRejectedException;
import java.util.Map;

/** Receives a new run's records, in order, each with the item it relaunches (null for a new record). */
@FunctionalInterface
public interface RecordSink {
    void add(Map<String, String> values, Long originItemId) throws InputRejectedException;
}
