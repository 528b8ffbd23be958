package io.verdict.web.robot;

import io.verdict.error.InvalidRequestException;
import io.verdict.web.api.JsonFields;
import jakarta.json.JsonObject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * {@code PUT /robots/{name}/licence}: {@code {"key":"…","expiresAt":"2027-12-31"}} assigns a licence, {@code
 * {"key":null}} takes it away; a body without {@code key} is refused rather than read as either. {@code expiresAt} is
 * an ISO-8601 UTC time, or a date meaning midnight UTC at its start.
 *
 * @param key the licence key, {@code null} to take the licence away
 */
public record LicenceRequest(String key, Instant expiresAt) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+/=-]{7,99}");
    private static final int LAST_YEAR = 9999;

    public static LicenceRequest read(JsonObject body) {
        if (body == null || !body.containsKey("key")) {
            throw new InvalidRequestException("Send {\"key\":\"…\",\"expiresAt\":\"2027-12-31\"}, or {\"key\":null}"
                    + " to take the licence away.");
        }
        String key = JsonFields.text(body, "key");
        if (key == null) {
            return new LicenceRequest(null, null);
        }
        return assign(key, parse(body.containsKey("expiresAt") ? JsonFields.text(body, "expiresAt") : null));
    }

    /** A licence to assign, from the API or the console: the key checked, the expiry required and before 10000. */
    public static LicenceRequest assign(String key, Instant expiresAt) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidRequestException(
                    "key: a licence key is 8 to 100 letters, digits and . _ + / = -, starting with a letter or digit");
        }
        if (expiresAt == null) {
            throw new InvalidRequestException("expiresAt: required, e.g. \"2027-12-31\" or \"2027-12-31T23:59:59Z\"");
        }
        if (expiresAt.atOffset(ZoneOffset.UTC).getYear() > LAST_YEAR) {
            throw new InvalidRequestException("expiresAt: " + expiresAt + " is after the year " + LAST_YEAR);
        }
        return new LicenceRequest(key, expiresAt);
    }

    /** Whether the request takes the licence away. */
    public boolean unassigns() {
        return key == null;
    }

    /** An ISO-8601 UTC time, or a date meaning midnight UTC at its start; null for none. */
    private static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.contains("T")
                    ? Instant.parse(text)
                    : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidRequestException("expiresAt: \"" + text + "\" is neither an ISO-8601 date such as"
                    + " 2027-12-31 nor a UTC time such as 2027-12-31T23:59:59Z");
        }
    }
}
