package io.verdict.batch.invoice;

import io.verdict.handler.TechnicalException;
import io.verdict.result.ReasonCode;
import io.verdict.server.LocalServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the invoicing portal is, how long to wait for it and the password it wants: the process settings
 * {@code portalUrl} (empty: this server's sandbox portal, when it runs one), {@code timeoutMs} and
 * {@code portalPasswordSecret}, the name of the secret holding the password (empty: the portal wants none).
 */
record PortalSettings(URI baseUrl, boolean sandbox, Duration timeout, Optional<String> password) {

    static final long DEFAULT_TIMEOUT_MS = 5000;

    /** Reads a secret's value by name for this process: empty when it has no such secret. */
    interface Secrets {
        Optional<String> value(String name) throws TechnicalException;
    }

    /**
     * The settings, with the password read through {@code secrets}; a missing secret is an ERROR that says which
     * setting to fix.
     */
    static PortalSettings of(Map<String, String> settings, Secrets secrets) throws TechnicalException {
        String url = settings.getOrDefault("portalUrl", "");
        boolean sandbox = url.isBlank();
        if (sandbox) {
            url = LocalServer.baseUrl() + "/sandbox/api";
        }
        String timeout = settings.getOrDefault("timeoutMs", "");
        long timeoutMs = timeout.isBlank() ? DEFAULT_TIMEOUT_MS : Long.parseLong(timeout.strip());
        String secret = settings.getOrDefault("portalPasswordSecret", "").strip();
        Optional<String> password = Optional.empty();
        if (!secret.isEmpty()) {
            password = Optional.of(secrets.value(secret)
                    .orElseThrow(() -> new TechnicalException(
                            ReasonCode.TECHNICAL,
                            "The process setting portalPasswordSecret names \"" + secret + "\", and this process has"
                                    + " no secret by that name: save it (POST /api/v1/secrets) or fix the setting.")));
        }
        return new PortalSettings(
                URI.create(url.endsWith("/") ? url : url + "/"), sandbox, Duration.ofMillis(timeoutMs), password);
    }
}
