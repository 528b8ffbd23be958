package io.verdict.audit;

import io.verdict.user.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Keeps the audit trail. An entry is written in the caller's transaction: no action without its entry. */
@Stateless
@PermitAll
public class AuditService {

    /** The user named in entries for what Verdict did by itself. */
    private static final String SYSTEM = "verdict";

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

    /** The newest entries first, {@code limit} of them, older than {@code beforeId} when given (keyset paging). */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditEntry> latest(int limit, Long beforeId) {
        return em.createQuery(
                        "SELECT a FROM AuditEntry a WHERE (:before IS NULL OR a.id < :before) ORDER BY a.id DESC",
                        AuditEntry.class)
                .setParameter("before", beforeId)
                .setMaxResults(limit)
                .getResultList();
    }
}
