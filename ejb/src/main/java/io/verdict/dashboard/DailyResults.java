package io.verdict.dashboard;

import io.verdict.result.Result;
import java.time.LocalDate;

/** A process's records by result on one GMT day (the day their run was created). */
public record DailyResults(LocalDate day, long ok, long ko, long error) {

    public long total() {
        return ok + ko + error;
    }

    /** The share of the day's records with this result, 0–100 with one decimal; 0 on a day without records. */
    public double percent(Result result) {
        if (total() == 0) {
            return 0;
        }
        long count =
                switch (result) {
                    case OK -> ok;
                    case KO -> ko;
                    case ERROR -> error;
                };
        return Math.round(1000.0 * count / total()) / 10.0;
    }

    DailyResults plus(Result result, long count) {
        return switch (result) {
            case OK -> new DailyResults(day, ok + count, ko, error);
            case KO -> new DailyResults(day, ok, ko + count, error);
            case ERROR -> new DailyResults(day, ok, ko, error + count);
        };
    }
}
