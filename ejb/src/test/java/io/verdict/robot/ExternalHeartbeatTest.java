package io.verdict.robot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.error.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalHeartbeatTest {

    @Test
    void aRobotIsNamedAsItsNameIsSpelledInLowerCase() {
        ExternalHeartbeat beat =
                new ExternalHeartbeat("WIN-Desk-07", "3.1.0", "Windows 11 Pro 23H2", List.of("supplier-onboarding"));

        assertThat(beat.robot()).isEqualTo("win-desk-07");
        assertThat(beat.capabilities()).containsExactly("supplier-onboarding");
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertThatThrownBy(() -> new ExternalHeartbeat("win desk", "3.1.0", null, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("\"win desk\" is not a robot name");
        assertThatThrownBy(() -> new ExternalHeartbeat("desk-07", "three", null, null))
                .hasMessageStartingWith("version: \"three\" is not a version");
        assertThatThrownBy(() -> new ExternalHeartbeat("desk-07", null, null, null))
                .hasMessageStartingWith("version: missing");
        assertThatThrownBy(() -> new ExternalHeartbeat("desk-07", "1.0", "Windows\n11", null))
                .hasMessageStartingWith("os:");
        assertThatThrownBy(() -> new ExternalHeartbeat("desk-07", "1.0", null, List.of(" ")))
                .hasMessageStartingWith("capabilities:");
    }
}
