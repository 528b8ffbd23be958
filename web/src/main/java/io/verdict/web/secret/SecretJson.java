package io.verdict.web.secret;

import io.verdict.secret.Secret;
import java.time.Instant;

/** A secret as {@code /secrets} shows it: {@code {name, scope, createdBy, createdAt, updatedAt}}, never its value. */
public record SecretJson(String name, String scope, String createdBy, Instant createdAt, Instant updatedAt) {

    static SecretJson of(Secret secret) {
        return new SecretJson(
                secret.getName(),
                secret.getScope(),
                secret.getCreatedBy(),
                secret.getCreatedAt(),
                secret.getUpdatedAt());
    }
}
