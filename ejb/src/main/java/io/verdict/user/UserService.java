package io.verdict.user;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
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
}
