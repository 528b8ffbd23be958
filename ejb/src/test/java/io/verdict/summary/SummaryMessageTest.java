package io.verdict.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.result.KoReason;
import io.verdict.result.ReasonCode;
import io.verdict.run.RunCounts;
import io.verdict.run.RunState;
import io.verdict.run.Trigger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryMessageTest {

    private static final Instant STARTED = Instant.parse("2026-07-01T08:00:00Z");
    private static final Instant ENDED = Instant.parse("2026-07-01T08:05:30Z");
    private static final KoReason HOSTILE =
            new KoReason("invoice-check", ReasonCode.INVALID_FORMAT, 3, "Tax id \"<script>alert(1)</script>\" & more");

    private static RunSummary summary(
            RunState state,
            RunCounts counts,
            List<KoReason> reasons,
            boolean dryRun,
            String stoppedBy,
            Instant started,
            ZoneId zone) {
        return new RunSummary(
                "invoice-check",
                12,
                state,
                Trigger.SCHEDULER,
                "Scheduler",
                dryRun,
                stoppedBy,
                counts,
                reasons,
                started,
                ENDED,
                zone,
                "https://verdict.example/console/run.xhtml?id=40");
    }

    private static SummaryMessage unresolved(boolean attached) {
        return new SummaryMessage(
                summary(
                        RunState.UNRESOLVED,
                        new RunCounts(10, 6, 3, 1, 0, 10, 4),
                        List.of(HOSTILE),
                        false,
                        null,
                        STARTED,
                        ZoneId.of("Europe/Madrid")),
                attached);
    }

    @Test
    void theSubjectNamesTheProcessTheRunTheStateAndTheCounts() {
        assertThat(unresolved(true).subject())
                .isEqualTo("[Verdict] invoice-check run 12 UNRESOLVED: 6 OK, 3 KO, 1 ERROR");
    }

    @Test
    void theTextSaysWhatNeedsAttentionGroupsKoByReasonAndShowsBothZones() {
        String text = unresolved(true).text();

        assertThat(text)
                .startsWith("invoice-check run 12 ended UNRESOLVED. 4 records need attention.")
                .contains("Records: 10    OK: 6    KO: 3    ERROR: 1")
                .contains("Started by: Scheduler (SCHEDULER)")
                .contains("Started: 2026-07-01 08:00:00 UTC / 2026-07-01 10:00:00 CEST (Europe/Madrid)")
                .contains("INVALID_FORMAT: 3 (e.g. Tax id \"<script>alert(1)</script>\" & more)")
                .contains("What to do: " + ReasonCode.INVALID_FORMAT.suggestedAction())
                .contains("The failures are attached as invoice-check-run-12-failures.xlsx.")
                .endsWith("Open the run: https://verdict.example/console/run.xhtml?id=40\n");
    }

    @Test
    void theHtmlEscapesEveryRecordText() {
        String html = unresolved(true).html();

        assertThat(html)
                .contains("Tax id &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; more")
                .doesNotContain("<script>")
                .contains("<a href=\"https://verdict.example/console/run.xhtml?id=40\">");
    }

    @Test
    void aHugeFailuresExportIsNotAttachedAndTheMessageSaysWhereToGetIt() {
        assertThat(unresolved(false).text())
                .contains("too large to attach: download it from the run page")
                .doesNotContain("attached as");
    }

    @Test
    void aRunStoppedBeforeItStartedSaysWhoStoppedItAndThatItDidNotStart() {
        SummaryMessage message = new SummaryMessage(
                summary(
                        RunState.UNRESOLVED,
                        new RunCounts(2, 0, 0, 2, 0, 2, 2),
                        List.of(),
                        true,
                        "operator",
                        null,
                        ZoneId.of("UTC")),
                true);

        assertThat(message.subject()).contains("run 12 (dry run) UNRESOLVED");
        assertThat(message.text())
                .contains("It was stopped by operator.")
                .contains("This was a dry run")
                .contains("Started: not started")
                .contains("Ended: 2026-07-01 08:05:30 UTC\n")
                .doesNotContain("KO by reason");
    }

    @Test
    void aCompletedRunAsksForNothing() {
        SummaryMessage message = new SummaryMessage(
                summary(
                        RunState.COMPLETED,
                        new RunCounts(5, 5, 0, 0, 0, 5, 0),
                        List.of(),
                        false,
                        null,
                        STARTED,
                        ZoneId.of("Z")),
                false);

        assertThat(message.text())
                .contains("ended COMPLETED. Every record ended OK or was resolved: nothing to do.")
                .doesNotContain("failures");
    }
}
