package io.verdict.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void aTokenIsLongRandomAndNeverRepeats() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(TokenSecret.generate());
        }
        assertThat(tokens).hasSize(1000).allMatch(token -> token.matches("vdt_[A-Za-z0-9_-]{43}"));
    }

    @Test
    void onlyTheSha256OfATokenIsKeptAndItDoesNotContainTheToken() {
        String token = TokenSecret.generate();

        assertThat(TokenSecret.hash(token)).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(token.substring(4));
        assertThat(TokenSecret.hash("vdt_abc"))
                .as("the standard SHA-256, so an admin can check a token against the database")
                .isEqualTo("184b75c38f4e5dee25bbfc77403c00a45467d3b77fa35046829336f94563ab22");
    }
}
