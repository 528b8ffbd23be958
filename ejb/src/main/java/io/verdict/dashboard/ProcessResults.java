package io.verdict.dashboard;

import java.util.List;

/** A process's results over a period, one entry per GMT day (quiet days included), oldest first. */
public record ProcessResults(String process, List<DailyResults> days) {

    public ProcessResults {
        days = List.copyOf(days);
    }

    /** The whole period's records by result; its day is the period's first. */
    public DailyResults totals() {
        return new DailyResults(
                days.get(0).day(),
                days.stream().mapToLong(DailyResults::ok).sum(),
                days.stream().mapToLong(DailyResults::ko).sum(),
                days.stream().mapToLong(DailyResults::error).sum());
    }
}
