package io.verdict.audit;

import io.verdict.db.Jpql;
import io.verdict.db.SearchText;
import io.verdict.vocabulary.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Keeps the audit trail. An entry is written in the caller's transaction: no action without its entry. */
@Stateless
@PermitAll
public class AuditService {

    /** The user named in entries for what Verdict did by itself. */
    public static final String SYSTEM = "verdict";

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Resource
    SessionContext session;

    /** Records that the calling user did {@code action} to {@code target}. */
    public void record(AuditAction action, String target, String detail) {
        recordAs(session.getCallerPrincipal().getName(), action, target, detail);
    }

    /** Records something Verdict did by itself, such as a timer's work, as done by user "verdict". */
    public void recordBySystem(AuditAction action, String target, String detail) {
        recordAs(SYSTEM, action, target, detail);
    }

    /** Records what was done on behalf of {@code user}, such as a run started by the "Scheduler". */
    public void recordAs(String user, AuditAction action, String target, String detail) {
        em.persist(new AuditEntry(Instant.now(), user, action.name(), target, detail));
    }

    /**
     * The newest entries matching the filter first, {@code limit} of them, older than {@code beforeId} when given
     * (keyset paging).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> latest(AuditFilter filter, int limit, Long beforeId) {
        Jpql query = Jpql.of("SELECT a FROM AuditEntry a")
                .whereGiven(
                        "LOWER(a.username) = :user",
                        "user",
                        filter.user() == null ? null : filter.user().toLowerCase(Locale.ROOT))
                .whereGiven(
                        "a.action IN :actions",
                        "actions",
                        filter.actions().stream().map(AuditAction::name).toList())
                .whereGiven(
                        "(LOWER(a.target) LIKE :text OR LOWER(a.detail) LIKE :text)",
                        "text",
                        filter.text() == null ? null : SearchText.containing(filter.text()))
                .whereGiven("a.at >= :from", "from", filter.from())
                .whereGiven("a.at < :to", "to", filter.to())
                .whereGiven("a.id < :before", "before", beforeId)
                .orderBy("a.id DESC");
        return query.query(em, AuditEntry.class).setMaxResults(limit).getResultList();
    }
}
