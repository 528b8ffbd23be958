package io.verdict;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration suite a database of its own, before the server starts: with {@code -Ddb=mariadb} it creates
 * the {@code verdict_it} database and an account of the same name and password for the server, and drops both at the
 * end; on the embedded database it starts from an empty data directory. Registered through {@code META-INF/services}.
 */
public class ItDatabase implements LauncherSessionListener {

    /** Databases of the second nodes some tests start (see {@link ServerNode}), besides the suite's own. */
    static final List<String> NODES = List.of("crash-node", "schedule-node");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (isMariaDb()) {
            String user = database();
            List<String> sql = new ArrayList<>(List.of(
                    "CREATE OR REPLACE USER '" + user + "'@'localhost' IDENTIFIED BY '" + user + "'",
                    "CREATE OR REPLACE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + user + "'"));
            for (String name : databases()) {
                sql.add("DROP DATABASE IF EXISTS " + name);
                sql.add("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                sql.add("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + user + "'@'localhost'");
                sql.add("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + user + "'@'127.0.0.1'");
            }
            mariaDb(sql.toArray(String[]::new));
        } else {
            deleteEmbeddedData();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (isMariaDb()) {
            String user = database();
            List<String> sql = new ArrayList<>();
            databases().forEach(name -> sql.add("DROP DATABASE IF EXISTS " + name));
            sql.add("DROP USER IF EXISTS '" + user + "'@'localhost'");
            sql.add("DROP USER IF EXISTS '" + user + "'@'127.0.0.1'");
            mariaDb(sql.toArray(String[]::new));
        }
    }

    /**
     * The environment of a second node: the suite's, but its own embedded data directory or MariaDB database, and its
     * own robot name.
     */
    public static Map<String, String> secondNodeEnvironment(String node) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("VERDICT_ROBOT_NAME", node);
        environment.put("VERDICT_DATA_DIR", System.getenv("VERDICT_DATA_DIR") + "-" + node);
        environment.put("VERDICT_DB_URL", server() + nodeDatabase(node));
        return environment;
    }

    /**
     * The environment of a second robot working on the suite's own database, as a second node of a cluster does: its
     * own robot name and data directory. MariaDB only; the embedded database belongs to one server.
     */
    public static Map<String, String> sharedDatabaseEnvironment(String robot) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("VERDICT_ROBOT_NAME", robot);
        environment.put("VERDICT_DATA_DIR", System.getenv("VERDICT_DATA_DIR") + "-" + robot);
        return environment;
    }

    /**
     * The first column of the first row a query with one parameter finds in the suite's MariaDB database, or null:
     * what a test reads to see what the server stored. MariaDB only; the embedded database belongs to the server.
     */
    public static String storedText(String sql, String parameter) {
        try (Connection connection = connect(database());
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the suite's database failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs an update with its parameters on the suite's MariaDB database and returns the rows it changed: how a test
     * ages rows that only time would otherwise age. MariaDB only, like {@link #storedText}.
     */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(database());
                PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the suite's database failed: " + e.getMessage(), e);
        }
    }

    /** A connection to the suite's MariaDB database as its administrator, for a benchmark's own tables. */
    public static Connection connection() throws SQLException {
        return connect(database());
    }

    /** Whether the suite runs on MariaDB ({@code -Ddb=mariadb}). */
    public static boolean isMariaDb() {
        return "mariadb".equals(System.getProperty("verdict.db"));
    }

    /** The number a query with one parameter gives (a count, an id) in the suite's MariaDB database. */
    public static long number(String sql, Object parameter) {
        try (Connection connection = connect(database());
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the suite's database failed: " + e.getMessage(), e);
        }
    }

    private static String nodeDatabase(String node) {
        return database() + "_" + node.replace('-', '_');
    }

    private static List<String> databases() {
        List<String> names = new ArrayList<>(List.of(database()));
        NODES.forEach(node -> names.add(nodeDatabase(node)));
        return names;
    }

    private static String database() {
        return System.getProperty("it.mariadb.database", "verdict_it");
    }

    private static void mariaDb(String... statements) {
        try (Connection connection = connect("");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "MariaDB at " + server() + " is needed for -Ddb=mariadb: " + e.getMessage(), e);
        }
    }

    /** A connection as MariaDB's administrator, to the database named (or to none). */
    private static Connection connect(String databaseName) throws SQLException {
        return DriverManager.getConnection(
                server() + databaseName,
                System.getProperty("it.mariadb.admin.user", "root"),
                System.getProperty("it.mariadb.admin.password", ""));
    }

    private static String server() {
        return System.getProperty("it.mariadb.server", "jdbc:mariadb://127.0.0.1:3306/");
    }

    private static void deleteEmbeddedData() {
        String dataDir = System.getenv("VERDICT_DATA_DIR");
        if (dataDir == null) {
            return;
        }
        TestFiles.deleteRecursively(Path.of(dataDir));
        NODES.forEach(node -> TestFiles.deleteRecursively(Path.of(dataDir + "-" + node)));
    }
}
