package io.verdict.web.audit;

import io.verdict.audit.AuditEntry;
import java.time.Instant;

/** An audit entry as {@code GET /audit} shows it: {@code {id, at, user, action, target, detail}}. */
public record AuditJson(long id, Instant at, String user, String action, String target, String detail) {

    public static AuditJson of(AuditEntry entry) {
        return new AuditJson(
                entry.getId(),
                entry.getAt(),
                entry.getUsername(),
                entry.getAction(),
                entry.getTarget(),
                entry.getDetail());
    }
}
