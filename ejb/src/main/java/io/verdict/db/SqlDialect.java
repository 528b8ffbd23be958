package io.verdict.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The few column types that H2 and MariaDB spell differently. Migrations use them as Flyway placeholders so that one
 * set of scripts serves both databases.
 */
public enum SqlDialect {
    H2("TIMESTAMP(6)", "CLOB"),
    MARIADB("DATETIME(6)", "LONGTEXT");

    private final String timestamp;
    private final String text;

    SqlDialect(String timestamp, String text) {
        this.timestamp = timestamp;
        this.text = text;
    }

    public Map<String, String> placeholders() {
        return Map.of("timestamp", timestamp, "text", text);
    }

    /** The dialect of the database behind {@code dataSource}, from its product name. */
    public static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return ofProduct(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the Verdict database: " + e.getMessage(), e);
        }
    }

    /** The dialect of the database behind a connection the caller holds. */
    public static SqlDialect of(Connection connection) throws SQLException {
        return ofProduct(connection.getMetaData().getDatabaseProductName());
    }

    static SqlDialect ofProduct(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return MARIADB;
        }
        throw new IllegalStateException(
                "Verdict runs on H2 or MariaDB; the configured database is " + productName + ".");
    }
}
