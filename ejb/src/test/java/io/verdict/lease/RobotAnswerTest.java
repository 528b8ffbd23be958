package io.verdict.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.error.InvalidRequestException;
import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import org.junit.jupiter.api.Test;

class RobotAnswerTest {

    @Test
    void anOkKeepsItsOutputAndAFailureItsReasonWithTheCodesUsualActionUnlessTheRobotGivesOne() {
        assertThat(RobotAnswer.of("ok", null, null, null, "V-100", null))
                .isEqualTo(new RobotAnswer(Result.OK, null, null, null, "V-100", true));
        RobotAnswer ko = RobotAnswer.of("KO", "INVALID_FORMAT", " IBAN has 23 characters ", null, null, null);
        assertThat(ko.reason()).isEqualTo("IBAN has 23 characters");
        assertThat(ko.suggestedAction()).isEqualTo(ReasonCode.INVALID_FORMAT.suggestedAction());
        RobotAnswer error = RobotAnswer.of("ERROR", "AVAILABILITY", "503", "Call the portal's help desk", null, false);
        assertThat(error.suggestedAction()).isEqualTo("Call the portal's help desk");
        assertThat(error.started()).as("the robot says it touched nothing").isFalse();
    }

    @Test
    void aRobotNeverAnswersInterruptedNorAKoCodeForAnErrorNorAReasonForAnOk() {
        assertRefused(
                () -> RobotAnswer.of("ERROR", "INTERRUPTED", "x", null, null, null),
                "reasonCode: \"INTERRUPTED\" is not one of CONNECTIVITY, AVAILABILITY, INTERFACE, TECHNICAL");
        assertRefused(
                () -> RobotAnswer.of("KO", "TECHNICAL", "x", null, null, null),
                "reasonCode: \"TECHNICAL\" is not one of MISSING_DATA, INVALID_FORMAT, OUT_OF_RANGE, DUPLICATE,"
                        + " BUSINESS_RULE");
        assertRefused(
                () -> RobotAnswer.of("OK", "DUPLICATE", null, null, null, null),
                "an OK result has no reasonCode, reason nor suggestedAction");
        assertRefused(() -> RobotAnswer.of("KO", "DUPLICATE", "x", null, "out", null), "output: only an OK result");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> RobotAnswer.of(null, null, null, "a".repeat(501), null, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("result is required: one of OK, KO, ERROR")
                .hasMessageContaining("suggestedAction has 501 characters, at most 500");
        assertRefused(() -> RobotAnswer.of("KO", null, " ", null, null, null), "reasonCode is required");
        assertRefused(() -> RobotAnswer.of("KO", "DUPLICATE", " ", null, null, null), "reason: a KO needs the reason");
    }

    private static void assertRefused(ThrowingAnswer answer, String problem) {
        assertThatThrownBy(answer::get)
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(problem);
    }

    /** An answer being read, which may be refused. */
    private interface ThrowingAnswer {
        RobotAnswer get();
    }
}
