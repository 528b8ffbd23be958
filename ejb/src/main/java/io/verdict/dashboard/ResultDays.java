package io.verdict.dashboard;

import io.verdict.run.ResultCount;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spreads the result counts of runs over the GMT days of a period, per process. Kept apart from the query so that
 * the day boundaries, quiet days and processes without runs are unit-tested.
 */
final class ResultDays {

    private ResultDays() {}

    /** Every process in {@code processes} order, each with every day from {@code first} to {@code last}. */
    static List<ProcessResults> of(List<String> processes, List<ResultCount> counts, LocalDate first, LocalDate last) {
        Map<String, List<DailyResults>> byProcess = new LinkedHashMap<>();
        for (String process : processes) {
            List<DailyResults> days = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                days.add(new DailyResults(day, 0, 0, 0));
            }
            byProcess.put(process, days);
        }
        for (ResultCount count : counts) {
            List<DailyResults> days = byProcess.get(count.process());
            LocalDate day = LocalDate.ofInstant(count.runCreatedAt(), ZoneOffset.UTC);
            if (days != null && !day.isBefore(first) && !day.isAfter(last)) {
                int index = (int) (day.toEpochDay() - first.toEpochDay());
                days.set(index, days.get(index).plus(count.result(), count.count()));
            }
        }
        return byProcess.entrySet().stream()
                .map(entry -> new ProcessResults(entry.getKey(), entry.getValue()))
                .toList();
    }
}
