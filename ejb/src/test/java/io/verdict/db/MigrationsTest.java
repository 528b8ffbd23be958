package io.verdict.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations as they run on the embedded database (MariaDB is covered by the integration suite). */
class MigrationsTest {

    private final JdbcDataSource dataSource = newDatabase();

    @Test
    void anEmptyDatabaseGetsTheWholeSchema() throws SQLException {
        var result = Migrations.apply(dataSource);

        assertThat(result.success).isTrue();
        assertThat(tableExists("VERDICT_USER")).isTrue();
        assertThat(tableExists("VERDICT_USER_ROLE")).isTrue();
        assertThat(tableExists("PROCESS")).isTrue();
    }

    @Test
    void applyingTwiceChangesNothing() {
        Migrations.apply(dataSource);

        assertThat(Migrations.apply(dataSource).migrationsExecuted).isZero();
    }

    @Test
    void tablesWildFlyCreatedFirstDoNotStopTheMigrations() throws SQLException {
        execute("CREATE TABLE JBOSS_EJB_TIMER (ID VARCHAR(255) PRIMARY KEY)");

        var result = Migrations.apply(dataSource);

        assertThat(result.migrationsExecuted).isPositive();
        assertThat(tableExists("PROCESS")).isTrue();
    }

    @Test
    void aProcessNameIsUnique() throws SQLException {
        Migrations.apply(dataSource);
        String insert = "INSERT INTO process (name, max_attempts, concurrent_runs, registered_at)"
                + " VALUES ('invoice-check', 3, FALSE, CURRENT_TIMESTAMP)";
        execute(insert);

        assertThatThrownBy(() -> execute(insert)).isInstanceOf(SQLException.class);
    }

    private static JdbcDataSource newDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }

    private boolean tableExists(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", name, null)) {
            return tables.next();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
