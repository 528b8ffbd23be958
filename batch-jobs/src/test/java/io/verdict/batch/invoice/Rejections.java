package io.verdict.batch.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.verdict.handler.BusinessRuleException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Captures the KO a rule raises, failing the test when the rule lets the value through. */
final class Rejections {

    private Rejections() {}

    static BusinessRuleException rejectionOf(ThrowingCallable call) {
        BusinessRuleException rejection = catchThrowableOfType(BusinessRuleException.class, call);
        assertThat(rejection).as("a BusinessRuleException (KO)").isNotNull();
        return rejection;
    }
}
