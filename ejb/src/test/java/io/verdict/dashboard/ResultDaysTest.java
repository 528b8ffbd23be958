package io.verdict.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.result.Result;
import io.verdict.run.ResultCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultDaysTest {

    private static final LocalDate FIRST = LocalDate.parse("2026-11-08");
    private static final LocalDate LAST = LocalDate.parse("2026-11-10");

    @Test
    void everyDayOfThePeriodIsShownAndQuietDaysHaveNoRecords() {
        List<ProcessResults> results = ResultDays.of(
                List.of("invoice-check"),
                List.of(new ResultCount("invoice-check", Instant.parse("2026-11-09T10:00:00Z"), Result.OK, 3)),
                FIRST,
                LAST);

        assertThat(results).singleElement().satisfies(process -> {
            assertThat(process.days()).extracting(DailyResults::day).containsExactly(FIRST, FIRST.plusDays(1), LAST);
            assertThat(process.days()).extracting(DailyResults::total).containsExactly(0L, 3L, 0L);
        });
    }

    @Test
    void aRunCountsOnItsGmtDayEvenWhenItWasLateEveningElsewhere() {
        List<ProcessResults> results = ResultDays.of(
                List.of("invoice-check"),
                List.of(
                        new ResultCount("invoice-check", Instant.parse("2026-11-08T23:59:59Z"), Result.KO, 1),
                        new ResultCount("invoice-check", Instant.parse("2026-11-09T00:00:00Z"), Result.ERROR, 2)),
                FIRST,
                LAST);

        List<DailyResults> days = results.get(0).days();
        assertThat(days.get(0)).isEqualTo(new DailyResults(FIRST, 0, 1, 0));
        assertThat(days.get(1)).isEqualTo(new DailyResults(FIRST.plusDays(1), 0, 0, 2));
    }

    @Test
    void countsOfSeveralRunsAddUpPerProcessAndAProcessWithoutRunsIsStillListed() {
        Instant day = Instant.parse("2026-11-10T12:00:00Z");
        List<ProcessResults> results = ResultDays.of(
                List.of("invoice-check", "http-per-record"),
                List.of(
                        new ResultCount("invoice-check", day, Result.OK, 90),
                        new ResultCount("invoice-check", day.plusSeconds(60), Result.OK, 5),
                        new ResultCount("invoice-check", day, Result.KO, 3),
                        new ResultCount("invoice-check", day, Result.ERROR, 2),
                        new ResultCount("retired-process", day, Result.OK, 7)),
                FIRST,
                LAST);

        assertThat(results).extracting(ProcessResults::process).containsExactly("invoice-check", "http-per-record");
        DailyResults totals = results.get(0).totals();
        assertThat(totals).isEqualTo(new DailyResults(FIRST, 95, 3, 2));
        assertThat(totals.percent(Result.OK)).isEqualTo(95.0);
        assertThat(totals.percent(Result.KO)).isEqualTo(3.0);
        assertThat(results.get(1).totals().total()).isZero();
        assertThat(results.get(1).totals().percent(Result.OK)).isZero();
    }

    @Test
    void ratesAreRoundedToOneDecimal() {
        DailyResults day = new DailyResults(FIRST, 2, 1, 0);

        assertThat(day.percent(Result.OK)).isEqualTo(66.7);
        assertThat(day.percent(Result.KO)).isEqualTo(33.3);
    }
}
