package io.verdict.invoice;

import io.verdict.LocalServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Where the invoicing portal is and how long to wait for it: the process settings {@code portalUrl} and {@code timeoutMs}. */
record PortalSettings(URI baseUrl, Duration timeout) {

    static final long DEFAULT_TIMEOUT_MS = 5000;

    static PortalSettings of(Map<String, String> settings) {
        String url = settings.getOrDefault("portalUrl", "");
        if (url.isBlank()) {
            url = LocalServer.baseUrl() + "/sandbox/api";
        }
        String timeout = settings.getOrDefault("timeoutMs", "");
        long timeoutMs = timeout.isBlank() ? DEFAULT_TIMEOUT_MS : Long.parseLong(timeout.strip());
        return new PortalSettings(URI.create(url.endsWith("/") ? url : url + "/"), Duration.ofMillis(timeoutMs));
    }
}
