package io.verdict.user;

import io.verdict.db.DatabaseKind;
import io.verdict.vocabulary.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure someone can sign in after the first start. On the embedded database the demo users admin/admin,
 * operator/operator and viewer/viewer exist; on MariaDB there are no default passwords, so Verdict refuses to start
 * until {@code VERDICT_ADMIN_PASSWORD} gives the admin user's first password.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll
public class UserBootstrap {

    static final String ADMIN = "admin";

    @Inject
    DatabaseKind database;

    @Inject
    @ConfigProperty(name = "verdict.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "verdict.demo-users")
    Optional<Boolean> demoUsers;

    @Inject
    UserService users;

    @PostConstruct
    void createInitialUsers() {
        users.createIfAbsent(ADMIN, initialAdminPassword(), Role.ADMIN);
        if (demoUsersEnabled()) {
            users.createIfAbsent("operator", "operator", Role.OPERATOR);
            users.createIfAbsent("viewer", "viewer", Role.VIEWER);
        }
    }

    /** How to sign in with the demo users, for the start banner; empty when there are none. */
    public Optional<String> demoUsersHint() {
        if (!demoUsersEnabled()) {
            return Optional.empty();
        }
        String admin = configuredAdminPassword().isPresent() ? "admin/$VERDICT_ADMIN_PASSWORD" : "admin/admin";
        return Optional.of(admin + ", operator/operator, viewer/viewer");
    }

    /** Whether the demo users exist: on the embedded database unless VERDICT_DEMO_USERS=false. */
    private boolean demoUsersEnabled() {
        return demoUsers.orElse(database.isEmbedded());
    }

    private Optional<String> configuredAdminPassword() {
        return adminPassword.filter(password -> !password.isBlank());
    }

    private String initialAdminPassword() {
        Optional<String> configured = configuredAdminPassword();
        if (configured.isPresent()) {
            return configured.get();
        }
        if (database.isEmbedded()) {
            return ADMIN;
        }
        throw new IllegalStateException("Verdict on MariaDB has no default passwords: set VERDICT_ADMIN_PASSWORD to the"
                + " password the admin user gets on first start, then start the server again.");
    }
}
