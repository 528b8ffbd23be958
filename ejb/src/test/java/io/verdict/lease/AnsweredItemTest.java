package io.verdict.lease;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import io.verdict.run.ItemOutcome;
import org.junit.jupiter.api.Test;

class AnsweredItemTest {

    @Test
    void anOkIsWrittenWithItsOutputAndAKoWithTheRobotsReasonAndAction() {
        assertThat(answered("OK", null, null, null, "V-100", true).outcome()).isEqualTo(ItemOutcome.ok(7, 2, "V-100"));
        ItemOutcome ko = answered("KO", "INVALID_FORMAT", "IBAN has 23 characters", "Fix the IBAN", null, true)
                .outcome();
        assertThat(ko.result()).isEqualTo(Result.KO);
        assertThat(ko.reasonCode()).isEqualTo(ReasonCode.INVALID_FORMAT);
        assertThat(ko.reason()).isEqualTo("IBAN has 23 characters");
        assertThat(ko.suggestedAction()).isEqualTo("Fix the IBAN");
        assertThat(ko.attempts()).isEqualTo(2);
    }

    @Test
    void anErrorKeepsTheRobotsActionAndSaysToCheckTheTargetWhenTheRobotHadStarted() {
        ItemOutcome started = answered("ERROR", "AVAILABILITY", "Portal answered 503", "Call the help desk", null, true)
                .outcome();
        assertThat(started.result()).isEqualTo(Result.ERROR);
        assertThat(started.reason()).isEqualTo("Portal answered 503" + AnsweredItem.STARTED);
        assertThat(started.suggestedAction()).isEqualTo("Call the help desk");
        AnsweredItem untouched = answered("ERROR", "CONNECTIVITY", "No route to the portal", null, null, false);
        assertThat(untouched.failedUntouched()).isTrue();
        assertThat(untouched.outcome().reason()).isEqualTo("No route to the portal");
        assertThat(untouched.outcome().suggestedAction()).isEqualTo(ReasonCode.CONNECTIVITY.suggestedAction());
        assertThat(answered("ERROR", "CONNECTIVITY", "x", null, null, true).failedUntouched())
                .isFalse();
        assertThat(answered("KO", "DUPLICATE", "x", null, null, false).failedUntouched())
                .as("only an ERROR is tried again")
                .isFalse();
    }

    private static AnsweredItem answered(
            String result, String code, String reason, String action, String output, boolean started) {
        return new AnsweredItem(7, 2, RobotAnswer.of(result, code, reason, action, output, started));
    }
}
