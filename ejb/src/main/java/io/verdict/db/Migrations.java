package io.verdict.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Verdict's Flyway configuration, in one place for the server and for the tests that check the scripts on H2. */
public final class Migrations {

    private Migrations() {}

    /** Applies the pending migrations of {@code db/migration} to the database behind {@code dataSource}. */
    public static MigrateResult apply(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(SqlDialect.of(dataSource).placeholders())
                // WildFly's timer store and JBeret create their own tables in the same schema, possibly first.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
