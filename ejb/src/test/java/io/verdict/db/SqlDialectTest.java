package io.verdict.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void knowsTheTwoSupportedDatabasesByProductName() {
        assertThat(SqlDialect.ofProduct("H2")).isEqualTo(SqlDialect.H2);
        assertThat(SqlDialect.ofProduct("MariaDB")).isEqualTo(SqlDialect.MARIADB);
        assertThat(SqlDialect.ofProduct("MySQL")).isEqualTo(SqlDialect.MARIADB);
    }

    @Test
    void refusesAnyOtherDatabaseByName() {
        assertThatThrownBy(() -> SqlDialect.ofProduct("PostgreSQL"))
                .hasMessageContaining("H2 or MariaDB")
                .hasMessageContaining("PostgreSQL");
    }

    @Test
    void mariaDbTimestampsGoBeyond2038() {
        assertThat(SqlDialect.MARIADB.placeholders()).containsEntry("timestamp", "DATETIME(6)");
    }
}
