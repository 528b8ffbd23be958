package io.verdict.web.audit;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditFilter;
import io.verdict.audit.AuditService;
import io.verdict.time.GmtDays;
import io.verdict.web.console.KeysetPages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * Backs {@code /console/audit.xhtml} (admins only): who did what and when, newest first, filtered by user, action,
 * text in the target or detail, and GMT dates; paged by keyset like the runs panel.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    transient AuditService audit;

    private String user;
    private AuditAction action;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private KeysetPages<AuditJson> entries;

    @PostConstruct
    void init() {
        entries = new KeysetPages<>(
                (limit, beforeId) -> audit.latest(filter(), limit, beforeId).stream()
                        .map(AuditJson::of)
                        .toList(),
                AuditJson::id);
    }

    /** Applies changed filters: the table starts again at the newest entry. */
    public void search() {
        entries.restart("auditForm:entries");
    }

    private AuditFilter filter() {
        return new AuditFilter(
                user, action == null ? Set.of() : Set.of(action), text, GmtDays.start(from), GmtDays.end(to));
    }

    public KeysetPages<AuditJson> getEntries() {
        return entries;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
