package io.verdict.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version when Verdict is deployed, before anything else touches the database. The
 * schema is owned by the Flyway migrations in {@code db/migration}; Hibernate only reads it.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/VerdictDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Migrations.apply(dataSource);
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
