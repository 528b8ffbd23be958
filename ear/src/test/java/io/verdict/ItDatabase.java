package io.verdict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration suite a database of its own, before the server starts: with {@code -Ddb=mariadb} it creates
 * the {@code verdict_it} database and an account of the same name and password for the server, and drops both at the
 * end; on the embedded database it starts from an empty data directory. Registered through {@code META-INF/services}.
 */
public class ItDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (isMariaDb()) {
            String name = database();
            mariaDb(
                    "DROP DATABASE IF EXISTS " + name,
                    "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
                    "CREATE OR REPLACE USER '" + name + "'@'localhost' IDENTIFIED BY '" + name + "'",
                    "CREATE OR REPLACE USER '" + name + "'@'127.0.0.1' IDENTIFIED BY '" + name + "'",
                    "GRANT ALL PRIVILEGES ON " + name + ".* TO '" + name + "'@'localhost'",
                    "GRANT ALL PRIVILEGES ON " + name + ".* TO '" + name + "'@'127.0.0.1'");
        } else {
            deleteEmbeddedData();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (isMariaDb()) {
            String name = database();
            mariaDb(
                    "DROP DATABASE IF EXISTS " + name,
                    "DROP USER IF EXISTS '" + name + "'@'localhost'",
                    "DROP USER IF EXISTS '" + name + "'@'127.0.0.1'");
        }
    }

    private static boolean isMariaDb() {
        return "mariadb".equals(System.getProperty("verdict.db"));
    }

    private static String database() {
        return System.getProperty("it.mariadb.database", "verdict_it");
    }

    private static void mariaDb(String... statements) {
        String server = System.getProperty("it.mariadb.server", "jdbc:mariadb://127.0.0.1:3306/");
        try (Connection connection = DriverManager.getConnection(
                        server,
                        System.getProperty("it.mariadb.admin.user", "root"),
                        System.getProperty("it.mariadb.admin.password", ""));
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "MariaDB at " + server + " is needed for -Ddb=mariadb: " + e.getMessage(), e);
        }
    }

    private static void deleteEmbeddedData() {
        String dataDir = System.getenv("VERDICT_DATA_DIR");
        if (dataDir == null || !Files.isDirectory(Path.of(dataDir))) {
            return;
        }
        try (Stream<Path> files = Files.walk(Path.of(dataDir))) {
            files.sorted(Comparator.reverseOrder()).forEach(ItDatabase::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
