package io.verdict.audit;

import io.verdict.db.SearchText;
import io.verdict.vocabulary.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
    public void record(String action, String target, String detail) {
        recordAs(session.getCallerPrincipal().getName(), action, target, detail);
    }

    /** Records something Verdict did by itself, such as a timer's work, as done by user "verdict". */
    public void recordBySystem(String action, String target, String detail) {
        recordAs(SYSTEM, action, target, detail);
    }

    /** Records what was done on behalf of {@code user}, such as a run started by the "Scheduler". */
    public void recordAs(String user, String action, String target, String detail) {
        em.persist(new AuditEntry(Instant.now(), user, action, target, detail));
    }

    /**
     * The newest entries matching the filter first, {@code limit} of them, older than {@code beforeId} when given
     * (keyset paging).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> latest(AuditFilter filter, int limit, Long beforeId) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        if (filter.user() != null) jpql.append(" AND LOWER(a.username) = :user");
        if (filter.action() != null) jpql.append(" AND LOWER(a.action) = :action");
        if (filter.text() != null) jpql.append(" AND (LOWER(a.target) LIKE :text OR LOWER(a.detail) LIKE :text)");
        if (filter.from() != null) jpql.append(" AND a.at >= :from");
        if (filter.to() != null) jpql.append(" AND a.at < :to");
        if (beforeId != null) jpql.append(" AND a.id < :before");
        TypedQuery<AuditEntry> query =
                em.createQuery(jpql.append(" ORDER BY a.id DESC").toString(), AuditEntry.class);
        if (filter.user() != null) query.setParameter("user", filter.user().toLowerCase(Locale.ROOT));
        if (filter.action() != null)
            query.setParameter("action", filter.action().toLowerCase(Locale.ROOT));
        if (filter.text() != null) query.setParameter("text", SearchText.containing(filter.text()));
        if (filter.from() != null) query.setParameter("from", filter.from());
        if (filter.to() != null) query.setParameter("to", filter.to());
        if (beforeId != null) query.setParameter("before", beforeId);
        return query.setMaxResults(limit).getResultList();
    }

    /** The actions the trail holds, for the console's filter. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT a.action FROM AuditEntry a ORDER BY a.action", String.class)
                .getResultList();
    }
}
