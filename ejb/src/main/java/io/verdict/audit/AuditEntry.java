package io.verdict.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing a person (or the scheduler) did: who, when, what, to what. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String username;
    private String action;
    private String target;
    private String detail;

    private static final int MAX_USERNAME = 100, MAX_TARGET = 200, MAX_DETAIL = 2000;

    protected AuditEntry() {}

    /** Text longer than its column (a message's subject in a detail, say) is cut, never refused: no entry is lost. */
    AuditEntry(Instant at, String username, String action, String target, String detail) {
        this.at = at;
        this.username = clip(username, MAX_USERNAME);
        this.action = action;
        this.target = clip(target, MAX_TARGET);
        this.detail = clip(detail, MAX_DETAIL);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }
}
