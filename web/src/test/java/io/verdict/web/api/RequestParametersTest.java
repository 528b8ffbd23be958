package io.verdict.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.error.InvalidRequestException;
import io.verdict.result.Result;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestParametersTest {

    @Test
    void readsACommaSeparatedListOfResultsInAnyCase() {
        assertThat(RequestParameters.enums("result", "ko, Error", Result.class))
                .containsExactly(Result.KO, Result.ERROR);
        assertThat(RequestParameters.enums("result", null, Result.class)).isEmpty();
    }

    @Test
    void anUnknownValueIsRefusedNamingTheParameterAndTheChoices() {
        assertThatThrownBy(() -> RequestParameters.enums("result", "KO,MAYBE", Result.class))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("result: \"MAYBE\" is not one of [OK, KO, ERROR].");
    }

    @Test
    void limitDefaultsTo50AndRefusesNonsense() {
        assertThat(RequestParameters.limit(null)).isEqualTo(50);
        assertThat(RequestParameters.limit(1000)).isEqualTo(1000);
        assertThatThrownBy(() -> RequestParameters.limit(0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> RequestParameters.limit(1001)).hasMessageContaining("limit");
    }

    @Test
    void timesAreIsoUtc() {
        assertThat(RequestParameters.instant("from", "2026-11-21T08:00:00Z"))
                .isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
        assertThatThrownBy(() -> RequestParameters.instant("from", "21/11/2026"))
                .hasMessageStartingWith("from: \"21/11/2026\" is not an ISO-8601 UTC time");
    }
}
