package io.verdict.summary;

import io.verdict.result.KoReason;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a run's summary e-mail: its subject, a plain-text body and the same as HTML. Every value that comes from
 * a record (KO reasons) or a person is escaped in the HTML, so a reason such as {@code <script>} is shown, never run.
 */
public final class SummaryMessage {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private final RunSummary run;
    private final boolean failuresAttached;

    /** {@code failuresAttached}: whether the failures export goes with the message (a huge one does not). */
    public SummaryMessage(RunSummary run, boolean failuresAttached) {
        this.run = run;
        this.failuresAttached = failuresAttached;
    }

    /** For example {@code invoice-check run 12 UNRESOLVED: 7 OK, 2 KO, 1 ERROR}. */
    public String subject() {
        return "[Verdict] " + run.process() + " run " + run.number() + (run.dryRun() ? " (dry run) " : " ")
                + run.state() + ": " + run.counts().ok() + " OK, "
                + run.counts().ko() + " KO, "
                + run.counts().error() + " ERROR";
    }

    /** One sentence that says how the run ended and whether someone has to act. */
    public String status() {
        String stopped = run.stoppedBy() == null ? "" : " It was stopped by " + run.stoppedBy() + ".";
        int attention = run.counts().unresolved() + run.counts().pending();
        String outcome = attention == 0
                ? "Every record ended OK or was resolved: nothing to do."
                : attention + (attention == 1 ? " record needs" : " records need") + " attention.";
        return run.process() + " run " + run.number() + " ended " + run.state() + "." + stopped + " " + outcome;
    }

    public String text() {
        StringBuilder text = new StringBuilder(status()).append("\n\n");
        if (run.dryRun()) {
            text.append("This was a dry run: nothing was sent to the target systems.\n\n");
        }
        text.append("Records: ")
                .append(run.counts().total())
                .append("    OK: ")
                .append(run.counts().ok())
                .append("    KO: ")
                .append(run.counts().ko())
                .append("    ERROR: ")
                .append(run.counts().error())
                .append('\n');
        text.append("Started by: ").append(startedBy()).append('\n');
        text.append("Started: ").append(times(run.startedAt())).append('\n');
        text.append("Ended: ").append(times(run.endedAt())).append('\n');
        if (!run.koReasons().isEmpty()) {
            text.append("\nKO by reason:\n");
            for (KoReason reason : run.koReasons()) {
                text.append("  ").append(code(reason)).append(": ").append(reason.count());
                if (reason.example() != null) {
                    text.append(" (e.g. ").append(reason.example()).append(')');
                }
                text.append('\n');
                if (!reason.suggestedAction().isEmpty()) {
                    text.append("    What to do: ")
                            .append(reason.suggestedAction())
                            .append('\n');
                }
            }
        }
        if (run.hasFailures()) {
            text.append('\n').append(failuresNote()).append('\n');
        }
        return text.append("\nOpen the run: ").append(run.link()).append('\n').toString();
    }

    public String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.append("<p><strong>").append(escape(status())).append("</strong></p>");
        if (run.dryRun()) {
            html.append("<p>This was a dry run: nothing was sent to the target systems.</p>");
        }
        html.append("<table cellpadding=\"4\">");
        row(html, "Records", String.valueOf(run.counts().total()));
        row(html, "OK", String.valueOf(run.counts().ok()));
        row(html, "KO", String.valueOf(run.counts().ko()));
        row(html, "ERROR", String.valueOf(run.counts().error()));
        row(html, "Started by", startedBy());
        row(html, "Started", times(run.startedAt()));
        row(html, "Ended", times(run.endedAt()));
        html.append("</table>");
        if (!run.koReasons().isEmpty()) {
            html.append(
                            "<h3>KO by reason</h3><table cellpadding=\"4\" border=\"1\" style=\"border-collapse:collapse\">")
                    .append("<tr><th>Reason</th><th>Records</th><th>Example</th><th>What to do</th></tr>");
            for (KoReason reason : run.koReasons()) {
                html.append("<tr><td>")
                        .append(escape(code(reason)))
                        .append("</td><td>")
                        .append(reason.count())
                        .append("</td><td>")
                        .append(escape(reason.example()))
                        .append("</td><td>")
                        .append(escape(reason.suggestedAction()))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        if (run.hasFailures()) {
            html.append("<p>").append(escape(failuresNote())).append("</p>");
        }
        return html.append("<p><a href=\"")
                .append(escape(run.link()))
                .append("\">Open the run</a></p></body></html>")
                .toString();
    }

    private String failuresNote() {
        return failuresAttached
                ? "The failures are attached as " + run.failuresFileName() + "."
                : "The failures export is too large to attach: download it from the run page.";
    }

    private String startedBy() {
        return run.runBy() + " (" + run.trigger() + ")";
    }

    /** A time in UTC and in the display zone, e.g. {@code 2026-11-21 14:03:12 UTC / 2026-11-21 15:03:12 CET}. */
    private String times(Instant at) {
        if (at == null) {
            return "not started";
        }
        String utc = UTC.format(at);
        ZoneId zone = run.displayZone();
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return utc;
        }
        return utc + " / " + ZONED.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String code(KoReason reason) {
        return reason.code() == null ? "No reason code" : reason.code().name();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><th align=\"left\">")
                .append(label)
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
