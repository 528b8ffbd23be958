package io.verdict.secret;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.handler.TechnicalException;
import io.verdict.process.ProcessService;
import io.verdict.result.ReasonCode;
import io.verdict.vocabulary.Names;
import io.verdict.vocabulary.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Named secrets, write-only: admins save and delete them and see their names and scopes, never their values; a
 * process's handler reads a value by name. Values are encrypted before they reach the database and are never audited,
 * logged or exported.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SecretService {

    /** A longer value is a file pasted by mistake, not a password or key. */
    static final int LONGEST_VALUE = 4096;

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    SecretKeys keys;

    @Inject
    ProcessService processes;

    @Inject
    AuditService audit;

    @Resource
    SessionContext session;

    /** A secret just saved, and whether it is new (or replaced the one with that name). */
    public record Saved(Secret secret, boolean created) {}

    /** Saves the secret, or replaces the value and scope of the one with that name (names do not depend on case). */
    public Saved save(String requestedName, String scope, String value) {
        String name = Names.require("name", requestedName, "portal-password");
        if (scope != null
                && processes.list().stream()
                        .noneMatch(process -> process.getName().equals(scope))) {
            throw new InvalidRequestException(
                    "scope: no process is named \"" + scope + "\"; send null for every process.");
        }
        if (value == null || value.isEmpty()) {
            throw new InvalidRequestException("value: the secret's value, a non-empty string.");
        }
        if (value.length() > LONGEST_VALUE) {
            throw new InvalidRequestException("value: at most " + LONGEST_VALUE + " characters.");
        }
        Instant now = Instant.now();
        Secret secret = em.find(Secret.class, name, LockModeType.PESSIMISTIC_WRITE);
        boolean created = secret == null;
        if (created) {
            secret = new Secret(name, session.getCallerPrincipal().getName(), now);
        }
        secret.set(scope, keys.cipher().encrypt(name, scope, value), now);
        if (created) {
            em.persist(secret);
        }
        audit.record(
                created ? AuditAction.SECRET_CREATED : AuditAction.SECRET_CHANGED,
                "secret " + name,
                scope == null ? "for every process" : "for process " + scope);
        return new Saved(secret, created);
    }

    /** The secrets by name, without their values. */
    public List<Secret> list() {
        return em.createQuery("SELECT s FROM Secret s ORDER BY s.name", Secret.class)
                .getResultList();
    }

    public void delete(String name) {
        Secret secret = em.find(Secret.class, Names.require("name", name, "portal-password"));
        if (secret == null) {
            throw new NotFoundException("No secret is named \"" + name + "\".");
        }
        em.remove(secret);
        audit.record(AuditAction.SECRET_DELETED, "secret " + secret.getName(), "");
    }

    /**
     * The value of the secret, for a process's handler; empty unless the secret is for every process or for
     * {@code process} itself. A value that does not decrypt (another key, a changed row) is a technical failure that
     * says so without any of the value. Outside the handler's transaction, so that nothing here can roll a chunk back.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> value(String name, String process) throws TechnicalException {
        Secret secret = em.find(Secret.class, name.toLowerCase(Locale.ROOT));
        if (secret == null || (secret.getScope() != null && !secret.getScope().equals(process))) {
            return Optional.empty();
        }
        try {
            return Optional.of(keys.cipher().decrypt(secret.getName(), secret.getScope(), secret.getCiphertext()));
        } catch (IllegalStateException unreadable) {
            throw new TechnicalException(ReasonCode.TECHNICAL, unreadable.getMessage());
        }
    }
}
