package io.verdict.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void readsUserAndPasswordWhichMayContainColons() {
        var credential = BasicCredentials.parse("Basic " + encode("operator:pa:ss wörd"));

        assertThat(credential).hasValueSatisfying(c -> {
            assertThat(c.getCaller()).isEqualTo("operator");
            assertThat(c.getPasswordAsString()).isEqualTo("pa:ss wörd");
        });
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(BasicCredentials.parse("basic " + encode("viewer:viewer"))).isPresent();
    }

    @Test
    void rejectsWhatIsNotBasicCredentials() {
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic not-base64!")).isEmpty();
        assertThat(BasicCredentials.parse("Basic " + encode("no-colon"))).isEmpty();
        assertThat(BasicCredentials.parse("Basic " + encode(":password-without-user")))
                .isEmpty();
        assertThat(BasicCredentials.parse(null)).isEmpty();
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
