package io.verdict.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an uploaded text file as strict UTF-8 and drops a leading byte order mark. Invalid bytes are an error,
 * never silently replaced, and the text before them is delivered first, so the error surfaces at the row that holds
 * them. Closing it leaves the caller's stream open: the caller owns it.
 */
final class Utf8Text extends Reader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean finished;
    private boolean atStart = true;
    private CharacterCodingException pending;

    Utf8Text(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (pending != null) {
                throw pending;
            }
            if (finished) {
                return -1;
            }
            decodeInto(out);
            dropByteOrderMark(target, offset, out);
        }
        return out.position() - offset;
    }

    private void decodeInto(CharBuffer out) throws IOException {
        CoderResult result = decoder.decode(bytes, out, endOfInput);
        if (result.isError()) {
            pending = new CharacterCodingException();
        } else if (result.isUnderflow()) {
            if (endOfInput) {
                decoder.flush(out);
                finished = true;
            } else {
                fill();
            }
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    private void dropByteOrderMark(char[] target, int offset, CharBuffer out) {
        if (atStart && out.position() > offset) {
            atStart = false;
            if (target[offset] == BYTE_ORDER_MARK) {
                System.arraycopy(target, offset + 1, target, offset, out.position() - offset - 1);
                out.position(out.position() - 1);
            }
        }
    }

    @Override
    public void close() {
        finished = true;
    }
}
