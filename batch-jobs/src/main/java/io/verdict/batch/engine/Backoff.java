package io.verdict.batch.engine;

/** Exponential backoff between attempts at a record: the base delay, then twice as long each time, capped. */
final class Backoff {

    static final long MAX_DELAY_MS = 30_000;

    private Backoff() {}

    /** The wait after failed attempt number {@code attempt} (1-based). */
    static long delayMs(int baseMs, int attempt) {
        long delay = (long) baseMs << Math.min(attempt - 1, 20);
        return Math.min(delay, MAX_DELAY_MS);
    }

    static void pause(int baseMs, int attempt) throws InterruptedException {
        long delay = delayMs(baseMs, attempt);
        if (delay > 0) {
            Thread.sleep(delay);
        }
    }
}
