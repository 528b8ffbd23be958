package io.verdict.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verdict.sandbox.SandboxPortal.FaultMode;
import io.verdict.sandbox.SandboxPortal.Status;
import org.junit.jupiter.api.Test;

class SandboxPortalTest {

    private final SandboxPortal portal = new SandboxPortal();

    @Test
    void aPendingInvoiceIsSubmittedOnceWithAConfirmationThenRefused() {
        portal.put("INV-1", Status.PENDING);

        SandboxPortal.Submission first = portal.submit("INV-1").orElseThrow();
        SandboxPortal.Submission second = portal.submit("INV-1").orElseThrow();

        assertThat(first.accepted()).isTrue();
        assertThat(first.invoice().confirmation()).startsWith("CONF-");
        assertThat(second.accepted()).isFalse();
        assertThat(portal.find("INV-1").orElseThrow().submissions()).isEqualTo(2);
        assertThat(portal.submit("UNKNOWN")).isEmpty();
    }

    @Test
    void aPaidInvoiceIsNeverSubmitted() {
        portal.put("INV-2", Status.PAID);

        assertThat(portal.submit("INV-2").orElseThrow().accepted()).isFalse();
        assertThat(portal.find("INV-2").orElseThrow().status()).isEqualTo(Status.PAID);
    }

    @Test
    void aFaultHitsExactlyTheNextNRequestsAboutThatInvoice() {
        portal.injectFault("INV-3", FaultMode.HTTP_503, 2);

        assertThat(portal.takeFault("INV-4")).isEmpty();
        assertThat(portal.takeFault("INV-3")).contains(FaultMode.HTTP_503);
        assertThat(portal.takeFault("INV-3")).contains(FaultMode.HTTP_503);
        assertThat(portal.takeFault("INV-3")).isEmpty();
    }

    @Test
    void theOpenSandboxCannotBeToldToHoldThreadsForLong() {
        assertThatThrownBy(() -> portal.setLatencyMs(SandboxPortal.MAX_LATENCY_MS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> portal.injectFault("INV-5", FaultMode.TIMEOUT, SandboxPortal.MAX_FAULT_TIMES + 1))
                .isInstanceOf(IllegalArgumentException.class);
        portal.setLatencyMs(-5);
        assertThat(portal.latencyMs()).isZero();
    }

    @Test
    void theSandboxKeepsABoundedNumberOfInvoicesUntilCleared() {
        for (int i = 0; i < SandboxPortal.MAX_INVOICES; i++) {
            portal.put("INV-" + i, Status.PENDING);
        }

        assertThat(portal.put("INV-0", Status.PAID).status()).isEqualTo(Status.PAID);
        assertThatThrownBy(() -> portal.put("ONE-TOO-MANY", Status.PENDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + SandboxPortal.MAX_INVOICES + " invoices");
        portal.clear();
        assertThat(portal.put("ONE-TOO-MANY", Status.PENDING).number()).isEqualTo("ONE-TOO-MANY");
    }

    @Test
    void theSandboxKeepsABoundedNumberOfFaults() {
        for (int i = 0; i < SandboxPortal.MAX_FAULTS; i++) {
            portal.injectFault("INV-" + i, FaultMode.HTTP_503, 1);
        }

        assertThatThrownBy(() -> portal.injectFault("ONE-TOO-MANY", FaultMode.HTTP_503, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + SandboxPortal.MAX_FAULTS + " faults");
        portal.injectFault("INV-0", FaultMode.RESET, 2);
        assertThat(portal.takeFault("INV-0")).contains(FaultMode.RESET);
    }

    @Test
    void anInvoiceNumberHasAtMostAHundredCharacters() {
        String huge = "9".repeat(SandboxPortal.MAX_NUMBER_LENGTH + 1);

        assertThatThrownBy(() -> portal.put(huge, Status.PENDING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to " + SandboxPortal.MAX_NUMBER_LENGTH + " characters");
        assertThatThrownBy(() -> portal.injectFault(huge, FaultMode.RESET, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(portal.find(huge)).isEmpty();
    }

    @Test
    void clearingForgetsInvoicesFaultsAndLatency() {
        portal.put("INV-6", Status.PENDING);
        portal.injectFault("INV-6", FaultMode.RESET, 1);
        portal.setLatencyMs(100);

        portal.clear();

        assertThat(portal.find("INV-6")).isEmpty();
        assertThat(portal.takeFault("INV-6")).isEmpty();
        assertThat(portal.latencyMs()).isZero();
    }

    @Test
    void theMostCallsAnsweredAtOnceAreCountedUntilCountedAgain() {
        portal.callStarted();
        portal.callStarted();
        portal.callEnded();
        portal.callStarted();
        portal.callStarted();

        assertThat(portal.callsAtOnce()).isEqualTo(3);

        portal.callEnded();
        portal.callEnded();
        portal.countCallsAgain();

        assertThat(portal.callsAtOnce()).as("the one call still open").isEqualTo(1);
    }
}
