package io.verdict.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.db.SearchText;
import org.junit.jupiter.api.Test;

class RunFilterTest {

    @Test
    void aNumberWithOrWithoutItsHashNamesARun() {
        assertThat(search("12").runNumber()).isEqualTo(12);
        assertThat(search(" #12 ").runNumber()).isEqualTo(12);
    }

    @Test
    void otherTextIsAPersonOrRobotNotARunNumber() {
        assertThat(search("operator").runNumber()).isNull();
        assertThat(search("robot-12").runNumber()).isNull();
        assertThat(search("12345678901").runNumber())
                .as("beyond any run number")
                .isNull();
    }

    @Test
    void blankTextSearchesNothingAndOverlongTextIsCut() {
        assertThat(search("   ").text()).isNull();
        assertThat(search("x".repeat(5000)).text()).hasSize(SearchText.MAX);
    }

    private static RunFilter search(String text) {
        return new RunFilter(null, null, null, null, null, text);
    }
}
