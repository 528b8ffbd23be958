package io.verdict.audit;

import io.verdict.db.SearchText;
import java.time.Instant;

/**
 * Which audit entries to list; every part is optional (null means any). {@code user} and {@code action} match
 * exactly, ignoring case; {@code text} finds part of the target or detail, e.g. a run number or a schedule.
 */
public record AuditFilter(String user, String action, String text, Instant from, Instant to) {

    public AuditFilter {
        user = SearchText.of(user);
        action = SearchText.of(action);
        text = SearchText.of(text);
    }
}
