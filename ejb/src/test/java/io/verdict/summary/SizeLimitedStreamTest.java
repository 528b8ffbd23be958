package io.verdict.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SizeLimitedStreamTest {

    @Test
    void bytesUpToTheLimitAreKeptAndOneMoreFails() throws IOException {
        SizeLimitedStream stream = new SizeLimitedStream(4);
        stream.write(new byte[] {1, 2, 3}, 0, 3);
        stream.write(4);

        assertThat(stream.toByteArray()).containsExactly(1, 2, 3, 4);
        assertThatThrownBy(() -> stream.write(5)).isInstanceOf(SizeLimitedStream.TooLarge.class);
        assertThatThrownBy(() -> stream.write(new byte[] {5, 6}, 0, 2)).hasMessage("more than 4 bytes");
    }
}
