package io.verdict.robot;

import io.verdict.error.InvalidRequestException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * {@code PUT /robots/{name}/licence}: {@code {"key":"…","expiresAt":"2026-12-31"}} assigns a licence, {@code
 * {"key":null}} takes it away. {@code expiresAt} is an ISO-8601 UTC time, or a date meaning midnight UTC at its start.
 */
public record LicenceRequest(String key, String expiresAt) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._+/=-]{4,100}");

    /** Whether the request takes the licence away. */
    public boolean unassigns() {
        return key == null;
    }

    public String validKey() {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidRequestException("key: a licence key is 4 to 100 letters, digits and . _ + / = -");
        }
        return key;
    }

    public Instant expiry() {
        if (expiresAt == null || expiresAt.isBlank()) {
            throw new InvalidRequestException("expiresAt: required, e.g. \"2027-12-31\" or \"2027-12-31T23:59:59Z\"");
        }
        String text = expiresAt.strip();
        try {
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidRequestException("expiresAt: \"" + expiresAt + "\" is neither an ISO-8601 date such as"
                    + " 2027-12-31 nor a UTC time such as 2027-12-31T23:59:59Z");
        }
    }
}
