package io.verdict.robot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RobotVersionTest {

    @ParameterizedTest(name = "{0} is below {1}")
    @CsvSource({
        "1.9, 1.10",
        "0.1.0-SNAPSHOT, 0.1.0",
        "0.1.0-SNAPSHOT, 0.1",
        "1.4.2, 1.5",
        "1.0-alpha, 1.0-beta",
        "2, 10"
    })
    void versionsCompareAsPeopleReadThem(String lower, String higher) {
        RobotVersion low = RobotVersion.parse(lower).orElseThrow();
        RobotVersion high = RobotVersion.parse(higher).orElseThrow();

        assertThat(low.isBelow(high)).isTrue();
        assertThat(high.isBelow(low)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1.0, 1", "1.0.0, 1", "2.3.0, 2.3", "1.0-RC1, 1.0-rc1"})
    void missingPartsAreZeroAndQualifiersIgnoreCase(String one, String other) {
        assertThat(RobotVersion.parse(one)
                        .orElseThrow()
                        .compareTo(RobotVersion.parse(other).orElseThrow()))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1..2", "v1.2", "1.2.3.4.5", "<script>", "=HYPERLINK(1)", "1.0-"})
    void anythingElseIsNotAVersion(String text) {
        assertThat(RobotVersion.parse(text)).isEmpty();
    }
}
