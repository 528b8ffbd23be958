package io.verdict.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JpqlTest {

    @Test
    void writesOnlyTheGivenConditionsJoinedByAnd() {
        Jpql query = Jpql.of("SELECT r FROM Run r")
                .whereGiven("r.process.name = :process", "process", "invoice-check")
                .whereGiven("r.state IN :states", "states", List.of())
                .whereGiven("r.id < :after", "after", null)
                .where("r.dryRun = FALSE")
                .orderBy("r.id DESC");

        assertThat(query)
                .hasToString("SELECT r FROM Run r WHERE r.process.name = :process AND r.dryRun = FALSE"
                        + " ORDER BY r.id DESC");
    }

    @Test
    void aQueryWithNoConditionHasNoWhere() {
        assertThat(Jpql.of("SELECT r FROM Run r").whereGiven("r.id < :after", "after", null))
                .hasToString("SELECT r FROM Run r");
    }

    @Test
    void parametersComeAsPairs() {
        assertThatThrownBy(() -> Jpql.of("SELECT r FROM Run r").where("r.id = :id", "id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name, value pairs");
    }
}
