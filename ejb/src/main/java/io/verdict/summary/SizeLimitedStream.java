package io.verdict.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Collects bytes in memory up to a limit, and fails as soon as more come: a huge export never fills the heap. */
final class SizeLimitedStream extends OutputStream {

    /** More bytes came than the limit allows. */
    static final class TooLarge extends IOException {
        TooLarge(int limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int limit;

    SizeLimitedStream(int limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        ensureRoom(1);
        bytes.write(b);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        ensureRoom(length);
        bytes.write(buffer, offset, length);
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    private void ensureRoom(int length) throws TooLarge {
        if (bytes.size() + (long) length > limit) {
            throw new TooLarge(limit);
        }
    }
}
