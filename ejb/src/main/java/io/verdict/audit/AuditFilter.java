package io.verdict.audit;

import io.verdict.db.SearchText;
import java.time.Instant;
import java.util.Set;

/**
 * Which audit entries to list; every part is optional (null, or no actions, means any). {@code user} matches exactly,
 * ignoring case; {@code text} finds part of the target or detail, e.g. a run number or a schedule.
 */
public record AuditFilter(String user, Set<AuditAction> actions, String text, Instant from, Instant to) {

    public AuditFilter {
        user = SearchText.of(user);
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        text = SearchText.of(text);
    }
}
