package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunIntakeTest {

    record Row(int seq, String key, boolean seenBefore, Long origin) {}

    private final List<Row> rows = new ArrayList<>();
    private final RunIntake.Rows sink =
            (seq, key, seenBefore, payload, origin) -> rows.add(new Row(seq, key, seenBefore, origin));

    @Test
    void numbersRecordsInArrivalOrderAndRemembersTheirColumns() {
        RunIntake intake = new RunIntake("InvoiceNumber");

        intake.add(sink, record("INV-1", "100"), null);
        intake.add(sink, record("INV-2", "200"), 7L);

        assertThat(intake.count()).isEqualTo(2);
        assertThat(intake.columns()).containsExactly("InvoiceNumber", "Amount");
        assertThat(rows).containsExactly(new Row(1, "INV-1", false, null), new Row(2, "INV-2", false, 7L));
    }

    @Test
    void aKeySeenEarlierInTheRunIsMarkedOnItsLaterOccurrencesOnly() {
        RunIntake intake = new RunIntake("InvoiceNumber");

        intake.add(sink, record("INV-1", "1"), null);
        intake.add(sink, record(" INV-1 ", "2"), null);
        intake.add(sink, record("INV-2", "3"), null);
        intake.add(sink, record("INV-1", "4"), null);

        assertThat(rows).extracting(Row::seenBefore).containsExactly(false, true, false, true);
    }

    @Test
    void blankKeysAreNeverDuplicates() {
        RunIntake intake = new RunIntake("InvoiceNumber");

        intake.add(sink, record("", "1"), null);
        intake.add(sink, record("  ", "2"), null);

        assertThat(rows).extracting(Row::key).containsExactly(null, null);
        assertThat(rows).extracting(Row::seenBefore).containsExactly(false, false);
    }

    @Test
    void aProcessWithoutKeyColumnHasNoKeys() {
        RunIntake intake = new RunIntake(null);

        intake.add(sink, record("INV-1", "1"), null);
        intake.add(sink, record("INV-1", "1"), null);

        assertThat(rows).extracting(Row::key).containsExactly(null, null);
        assertThat(rows).extracting(Row::seenBefore).containsExactly(false, false);
    }

    private static Map<String, String> record(String number, String amount) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("InvoiceNumber", number);
        values.put("Amount", amount);
        return values;
    }
}
