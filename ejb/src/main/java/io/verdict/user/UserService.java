package io.verdict.user;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.error.InvalidRequestException;
import io.verdict.vocabulary.MailAddress;
import io.verdict.vocabulary.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Checks credentials and creates users; the only place that reads or writes password hashes. Open to anonymous callers:
 * signing in and the first start happen before anyone is signed in.
 */
@Stateless
@PermitAll
public class UserService {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditService audit;

    /** The roles of the user when the password is theirs; empty for an unknown user or a wrong password. */
    public Optional<Set<String>> authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(User.class, username))
                .filter(user -> PasswordHash.matches(password, user.getPasswordHash()))
                .map(User::getRoles);
    }

    public boolean exists(String username) {
        return em.find(User.class, username) != null;
    }

    /** Creates the user unless one with that name already exists; an existing user is never changed. */
    public void createIfAbsent(String username, String password, Role role) {
        if (!exists(username)) {
            em.persist(new User(username, PasswordHash.hash(password), role, Instant.now()));
        }
    }

    /** The signed-in user: the account behind the caller, which an API token is not. */
    @RolesAllowed(Role.VIEWER_NAME)
    public User me() {
        String name = session.getCallerPrincipal().getName();
        User user = em.find(User.class, name);
        if (user == null) {
            throw new InvalidRequestException(
                    "\"" + name + "\" is an API token, not a user: it has no profile or e-mail address.");
        }
        return user;
    }

    /** Sets (or, with null, removes) the address the summaries of the caller's runs go to. */
    @RolesAllowed(Role.VIEWER_NAME)
    public User changeMyEmail(String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !MailAddress.isValid(address)) {
            throw new InvalidRequestException("email: \"" + email + "\" is not an e-mail address.");
        }
        User user = me();
        user.setEmail(address);
        audit.record(AuditAction.EMAIL_CHANGED, "user " + user.getUsername(), address == null ? "removed" : address);
        return user;
    }

    /** The address of the user with that name, when there is such a user and they gave one. */
    public Optional<String> email(String username) {
        return Optional.ofNullable(em.find(User.class, username)).map(User::getEmail);
    }
}
