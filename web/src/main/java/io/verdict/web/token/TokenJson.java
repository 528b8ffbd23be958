package io.verdict.web.token;

import io.verdict.token.ApiToken;
import java.time.Instant;

/**
 * A token as {@code /tokens} shows it: {@code {id, name, role, robot, token, createdBy, createdAt, lastUsedAt}};
 * {@code robot} is the robot a robot token acts for, {@code token} is null except in the answer that made it, the one
 * time it is shown.
 */
public record TokenJson(
        long id,
        String name,
        String role,
        String robot,
        String token,
        String createdBy,
        Instant createdAt,
        Instant lastUsedAt) {

    static TokenJson of(ApiToken token) {
        return of(token, null);
    }

    static TokenJson of(ApiToken token, String secret) {
        return new TokenJson(
                token.getId(),
                token.getName(),
                token.getRole().roleName(),
                token.getRobot(),
                secret,
                token.getCreatedBy(),
                token.getCreatedAt(),
                token.getLastUsedAt());
    }
}
