package io.verdict.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which database this server was configured for. The embedded one is the demonstration setup: it gets demo users and a
 * demo licence, which a MariaDB installation never gets by default.
 */
@ApplicationScoped
public class DatabaseKind {

    private final String database;

    @Inject
    public DatabaseKind(@ConfigProperty(name = "verdict.db", defaultValue = "h2") String database) {
        this.database = database;
    }

    /** For the CDI proxy. */
    protected DatabaseKind() {
        this(null);
    }

    public boolean isEmbedded() {
        return "h2".equals(database);
    }
}
