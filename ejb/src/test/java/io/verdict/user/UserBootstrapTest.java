package io.verdict.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.db.DatabaseKind;
import io.verdict.vocabulary.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserBootstrapTest {

    /** Records the users the bootstrap creates instead of storing them. */
    static class RecordingUserService extends UserService {
        final Map<String, String> created = new LinkedHashMap<>();

        @Override
        public void createIfAbsent(String username, String password, Role role) {
            created.putIfAbsent(username, password + "/" + role);
        }
    }

    private final RecordingUserService users = new RecordingUserService();

    @Test
    void theEmbeddedDatabaseHasTheThreeDemoUsers() {
        bootstrap("h2", null, null).createInitialUsers();

        assertThat(users.created)
                .containsExactly(
                        Map.entry("admin", "admin/ADMIN"),
                        Map.entry("operator", "operator/OPERATOR"),
                        Map.entry("viewer", "viewer/VIEWER"));
    }

    @Test
    void anAdminPasswordFromTheEnvironmentReplacesTheDemoOne() {
        bootstrap("h2", "S3cure!", null).createInitialUsers();

        assertThat(users.created).containsEntry("admin", "S3cure!/ADMIN");
    }

    @Test
    void mariaDbRefusesToStartWithoutAnAdminPasswordAndSaysWhichVariable() {
        UserBootstrap bootstrap = bootstrap("mariadb", null, null);

        assertThatThrownBy(bootstrap::createInitialUsers)
                .hasMessageContaining("no default passwords")
                .hasMessageContaining("VERDICT_ADMIN_PASSWORD");
        assertThat(users.created).isEmpty();
    }

    @Test
    void aBlankAdminPasswordCountsAsNone() {
        assertThatThrownBy(bootstrap("mariadb", "   ", null)::createInitialUsers)
                .hasMessageContaining("VERDICT_ADMIN_PASSWORD");
    }

    @Test
    void mariaDbCreatesOnlyTheAdminUnlessDemoUsersAreAskedFor() {
        bootstrap("mariadb", "S3cure!", null).createInitialUsers();

        assertThat(users.created).containsOnlyKeys("admin");
    }

    @Test
    void demoUsersCanBeTurnedOnOrOffExplicitly() {
        bootstrap("mariadb", "S3cure!", true).createInitialUsers();
        assertThat(users.created).containsOnlyKeys("admin", "operator", "viewer");

        RecordingUserService embedded = new RecordingUserService();
        UserBootstrap withoutDemo = bootstrap("h2", null, false);
        withoutDemo.users = embedded;
        withoutDemo.createInitialUsers();
        assertThat(embedded.created).containsOnlyKeys("admin");
        assertThat(withoutDemo.demoUsersHint()).isEmpty();
    }

    @Test
    void theStartBannerNeverPrintsAConfiguredPassword() {
        assertThat(bootstrap("h2", null, null).demoUsersHint())
                .contains("admin/admin, operator/operator, viewer/viewer");
        assertThat(bootstrap("mariadb", "S3cure!", true).demoUsersHint())
                .hasValueSatisfying(
                        hint -> assertThat(hint).doesNotContain("S3cure!").contains("$VERDICT_ADMIN_PASSWORD"));
    }

    private UserBootstrap bootstrap(String database, String adminPassword, Boolean demoUsers) {
        UserBootstrap bootstrap = new UserBootstrap();
        bootstrap.database = new DatabaseKind(database);
        bootstrap.adminPassword = Optional.ofNullable(adminPassword);
        bootstrap.demoUsers = Optional.ofNullable(demoUsers);
        bootstrap.users = users;
        return bootstrap;
    }
}
