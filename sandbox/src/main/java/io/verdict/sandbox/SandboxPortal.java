package io.verdict.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of the sandbox invoicing portal, the stand-in for a customer's real website: invoices with their status,
 * and the faults injected into the next requests about an invoice. Kept in memory, and bounded so that no caller can
 * fill the heap with it; a restart empties it.
 */
@ApplicationScoped
public class SandboxPortal {

    /** An invoice's status on the portal. */
    public enum Status {
        PENDING,
        PAID,
        SUBMITTED
    }

    /** How the next requests about an invoice fail. */
    public enum FaultMode {
        HTTP_503,
        TIMEOUT,
        RESET
    }

    /** An invoice as the portal keeps it: its status, the confirmation it got, and how often it was submitted. */
    public record Invoice(String number, Status status, String confirmation, int submissions) {}

    /** The outcome of a submission: the invoice afterwards, or empty when it was not PENDING. */
    public record Submission(boolean accepted, Invoice invoice) {}

    private final Map<String, Invoice> invoices = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final AtomicLong confirmations = new AtomicLong(100_000);
    private volatile long latencyMs;
    private volatile String password;
    private final AtomicInteger callsNow = new AtomicInteger();
    private final AtomicInteger callsAtOnce = new AtomicInteger();

    /** Upper bounds on what the portal keeps: a test's invoices fit many times over, a flood does not. */
    static final int MAX_INVOICES = 100_000, MAX_FAULTS = 10_000, MAX_NUMBER_LENGTH = 100;

    public Invoice put(String number, Status status) {
        requireNumber(number);
        if (invoices.size() >= MAX_INVOICES && !invoices.containsKey(number)) {
            throw new IllegalArgumentException(
                    "The sandbox keeps at most " + MAX_INVOICES + " invoices: DELETE /sandbox/api/ forgets them all.");
        }
        return invoices.compute(
                number,
                (key, old) -> new Invoice(
                        number, status, old == null ? null : old.confirmation(), old == null ? 0 : old.submissions()));
    }

    public Optional<Invoice> find(String number) {
        return Optional.ofNullable(invoices.get(number));
    }

    /** Submits a PENDING invoice: it becomes SUBMITTED with a new confirmation number. */
    public synchronized Optional<Submission> submit(String number) {
        Invoice invoice = invoices.get(number);
        if (invoice == null) {
            return Optional.empty();
        }
        if (invoice.status() != Status.PENDING) {
            Invoice refused = new Invoice(number, invoice.status(), invoice.confirmation(), invoice.submissions() + 1);
            invoices.put(number, refused);
            return Optional.of(new Submission(false, refused));
        }
        Invoice submitted = new Invoice(
                number, Status.SUBMITTED, "CONF-" + confirmations.incrementAndGet(), invoice.submissions() + 1);
        invoices.put(number, submitted);
        return Optional.of(new Submission(true, submitted));
    }

    /** Upper bounds, so that nobody can tie up the server's threads for long. */
    static final long MAX_LATENCY_MS = 10_000;

    static final int MAX_FAULT_TIMES = 1_000;

    public void injectFault(String invoice, FaultMode mode, int times) {
        requireNumber(invoice);
        if (times > MAX_FAULT_TIMES) {
            throw new IllegalArgumentException("times is at most " + MAX_FAULT_TIMES);
        }
        if (times > 0 && faults.size() >= MAX_FAULTS && !faults.containsKey(invoice)) {
            throw new IllegalArgumentException(
                    "The sandbox keeps at most " + MAX_FAULTS + " faults: DELETE /sandbox/api/ forgets them all.");
        }
        if (times <= 0) {
            faults.remove(invoice);
        } else {
            faults.put(invoice, new Fault(mode, times));
        }
    }

    /** The fault to apply to this request about the invoice, if one is left; each use counts down. */
    public Optional<FaultMode> takeFault(String invoice) {
        Fault[] taken = new Fault[1];
        faults.computeIfPresent(invoice, (key, fault) -> {
            taken[0] = fault;
            return fault.remaining() > 1 ? new Fault(fault.mode(), fault.remaining() - 1) : null;
        });
        return Optional.ofNullable(taken[0]).map(Fault::mode);
    }

    /** Every request waits this long before it is answered, as a slow website would. */
    public void setLatencyMs(long latencyMs) {
        if (latencyMs > MAX_LATENCY_MS) {
            throw new IllegalArgumentException("ms is at most " + MAX_LATENCY_MS);
        }
        this.latencyMs = Math.max(0, latencyMs);
    }

    public long latencyMs() {
        return latencyMs;
    }

    /** From now on, invoice requests must carry {@code Authorization: Bearer <password>}; null opens the portal. */
    public void setPassword(String password) {
        this.password = password;
    }

    /** Whether a request with this Authorization header may see invoices. */
    public boolean admits(String authorization) {
        String required = password;
        return required == null
                || MessageDigest.isEqual(
                        ("Bearer " + required).getBytes(StandardCharsets.UTF_8),
                        String.valueOf(authorization).getBytes(StandardCharsets.UTF_8));
    }

    /** A request about an invoice begins: a robot with several partitions makes several at once. */
    public void callStarted() {
        callsAtOnce.accumulateAndGet(callsNow.incrementAndGet(), Math::max);
    }

    public void callEnded() {
        callsNow.decrementAndGet();
    }

    /** The most requests about invoices the portal answered at once since they were last counted again. */
    public int callsAtOnce() {
        return callsAtOnce.get();
    }

    public void countCallsAgain() {
        callsAtOnce.set(callsNow.get());
    }

    public void clear() {
        invoices.clear();
        faults.clear();
        latencyMs = 0;
        password = null;
        countCallsAgain();
    }

    private static void requireNumber(String number) {
        if (number == null || number.isEmpty() || number.length() > MAX_NUMBER_LENGTH) {
            throw new IllegalArgumentException("An invoice number has 1 to " + MAX_NUMBER_LENGTH + " characters.");
        }
    }

    private record Fault(FaultMode mode, int remaining) {}
}
