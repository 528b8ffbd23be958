package io.verdict.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.result.Result;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcTest {

    private Jdbc jdbc;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = new Jdbc(dataSource);
        jdbc.update("create the table", "CREATE TABLE item (id BIGINT, result VARCHAR(10), ended_at TIMESTAMP)");
    }

    @Test
    void bindsEnumsByNameAndInstantsInUtc() {
        Instant ended = Instant.parse("2026-11-30T23:30:00Z");
        jdbc.update("insert an item", "INSERT INTO item VALUES (?, ?, ?)", 1L, Result.KO, ended);

        assertThat(jdbc.list(
                        "read the item",
                        "SELECT result, FORMATDATETIME(ended_at, 'yyyy-MM-dd HH:mm') FROM item WHERE id = ?",
                        0,
                        row -> row.getString(1) + " " + row.getString(2),
                        1L))
                .containsExactly("KO 2026-11-30 23:30");
    }

    @Test
    void aFailureSaysWhatTheStatementWasFor() {
        assertThatThrownBy(() -> jdbc.update("write the results of 3 items", "UPDATE no_such_table SET x = 1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot write the results of 3 items: ")
                .hasMessageContaining("NO_SUCH_TABLE");
    }

    @Test
    void listsUpToTheMaximumRows() {
        for (long id = 1; id <= 5; id++) {
            jdbc.update("insert an item", "INSERT INTO item (id) VALUES (?)", id);
        }

        assertThat(jdbc.list("read a page", "SELECT id FROM item ORDER BY id", 2, row -> row.getLong(1)))
                .containsExactly(1L, 2L);
    }
}
