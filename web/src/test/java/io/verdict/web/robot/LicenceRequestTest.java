package io.verdict.web.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.error.InvalidRequestException;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LicenceRequestTest {

    private static LicenceRequest read(String json) {
        return LicenceRequest.read(Json.createReader(new StringReader(json)).readObject());
    }

    @Test
    void aDateExpiresAtMidnightUtcAtItsStart() {
        LicenceRequest request = read("{\"key\":\"VERDICT-2027-0001\",\"expiresAt\":\"2027-12-31\"}");

        assertThat(request.unassigns()).isFalse();
        assertThat(request.expiresAt()).isEqualTo(Instant.parse("2027-12-31T00:00:00Z"));
    }

    @Test
    void aUtcTimeIsTakenAsItIs() {
        assertThat(read("{\"key\":\"VERDICT-2027-0001\",\"expiresAt\":\"2027-06-30T17:30:00Z\"}")
                        .expiresAt())
                .isEqualTo(Instant.parse("2027-06-30T17:30:00Z"));
    }

    @Test
    void aNullKeyTakesTheLicenceAwayButAMissingOneIsRefused() {
        assertThat(read("{\"key\":null}").unassigns()).isTrue();
        assertThatThrownBy(() -> read("{}")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> read("{\"key\":42}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("key must be a string or null.");
    }

    @Test
    void keysThatCouldBeMarkupOrFormulasAreRefused() {
        for (String key :
                new String[] {"<script>alert(1)</script>", "=HYPERLINK(\\\"x\\\")", "short", "with space 123"}) {
            assertThatThrownBy(() -> read("{\"key\":\"" + key + "\",\"expiresAt\":\"2027-12-31\"}"))
                    .as(key)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageStartingWith("key:");
        }
    }
}
