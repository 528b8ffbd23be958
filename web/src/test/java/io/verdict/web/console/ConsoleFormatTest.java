package io.verdict.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleFormatTest {

    private final ConsoleFormat format = new ConsoleFormat();

    @Test
    void timesAreShownInGmt() {
        assertThat(format.time(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("2026-10-25 01:30:00 GMT");
        assertThat(format.time(null)).isEmpty();
    }

    @Test
    void progressIsAPercentageAndAnEmptyRunHasNone() {
        assertThat(format.percent(1, 3)).isEqualTo(33);
        assertThat(format.percent(0, 0)).isZero();
    }

    @Test
    void durationsUseTheUnitAPersonReadsAtAGlance() {
        assertThat(format.duration(850L)).isEqualTo("850 ms");
        assertThat(format.duration(12_400L)).isEqualTo("12.4 s");
        assertThat(format.duration(185_000L)).isEqualTo("3 min 05 s");
        assertThat(format.duration(7_800_000L)).isEqualTo("2 h 10 min");
        assertThat(format.duration(null)).isEmpty();
    }

    @Test
    void columnsAreListedInTheirOrder() {
        assertThat(format.names(List.of("InvoiceNumber", "Date", "Amount"))).isEqualTo("InvoiceNumber · Date · Amount");
        assertThat(format.names(null)).isEmpty();
    }
}
