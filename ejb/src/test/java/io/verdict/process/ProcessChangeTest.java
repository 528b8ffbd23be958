package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessChangeTest {

    @Test
    void sensibleSettingsHaveNoProblems() {
        assertThat(change(3, 500, 50, List.of("ops@example.com")).problems()).isEmpty();
    }

    @Test
    void eachOutOfRangeSettingIsNamed() {
        assertThat(change(0, -1, 0, 0, List.of()).problems())
                .containsExactly(
                        "maxAttempts must be between 1 and 10",
                        "backoffMs must be between 0 and 60000",
                        "chunkSize must be between 1 and 5000",
                        "partitions must be between 1 and 8");
    }

    @Test
    void aRunHasOneToEightPartitions() {
        assertThat(change(3, 500, 50, 8, List.of()).problems()).isEmpty();
        assertThat(change(3, 500, 50, 9, List.of()).problems()).containsExactly("partitions must be between 1 and 8");
    }

    @Test
    void aLeaseLastsTenSecondsToADayAndARunLendsOneToAThousandRecordsAtOnce() {
        assertThat(leases(10, 1).problems()).isEmpty();
        assertThat(leases(86_400, 1_000).problems()).isEmpty();
        assertThat(leases(9, 0).problems())
                .containsExactly("leaseSeconds must be between 10 and 86400", "maxLeases must be between 1 and 1000");
        assertThat(leases(86_401, 1_001).problems()).hasSize(2);
    }

    @Test
    void aRecipientMustBeAnEmailAddress() {
        assertThat(change(3, 500, 50, List.of("ops@example.com", "not an address"))
                        .problems())
                .containsExactly("recipients: \"not an address\" is not an e-mail address");
    }

    @Test
    void retentionIsAtLeastADayAndAtMostTenYears() {
        assertThat(change(0).problems()).containsExactly("retentionDays must be between 1 and 3650");
        assertThat(change(3_651).problems()).containsExactly("retentionDays must be between 1 and 3650");
        assertThat(change(3_650).problems()).isEmpty();
    }

    @Test
    void theInboxIsTheInboxWhateverItsCaseAndABlankFolderIsNone() {
        assertThat(folder(" inbox ").mailFolder()).isEqualTo("INBOX");
        assertThat(folder("Invoices").mailFolder()).isEqualTo("Invoices");
        assertThat(folder("  ").mailFolder()).isNull();
        assertThat(folder("bad\nname").problems()).singleElement().asString().startsWith("mailFolder:");
    }

    private static ProcessChange folder(String mailFolder) {
        return new ProcessChange(null, 3, 500, 50, 1, 120, 8, null, false, List.of(), 180, mailFolder, Map.of(), true);
    }

    private static ProcessChange change(int attempts, int backoff, int chunk, List<String> recipients) {
        return change(attempts, backoff, chunk, 1, recipients);
    }

    private static ProcessChange change(int attempts, int backoff, int chunk, int partitions, List<String> recipients) {
        return new ProcessChange(
                null, attempts, backoff, chunk, partitions, 120, 8, null, false, recipients, 180, null, Map.of(), true);
    }

    private static ProcessChange leases(int leaseSeconds, int maxLeases) {
        return new ProcessChange(
                null, 3, 500, 50, 1, leaseSeconds, maxLeases, null, false, List.of(), 180, null, Map.of(), true);
    }

    private static ProcessChange change(int retentionDays) {
        return new ProcessChange(
                null, 3, 500, 50, 1, 120, 8, null, false, List.of(), retentionDays, null, Map.of(), true);
    }
}
