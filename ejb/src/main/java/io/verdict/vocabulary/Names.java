package io.verdict.vocabulary;

import io.verdict.error.InvalidRequestException;
import java.util.Locale;
import java.util.regex.Pattern;

/** The names people give things Verdict keeps by name, such as API tokens and secrets: safe in URLs, logs and cells. */
public final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Names() {}

    /**
     * The name in lower case when it is one (names do not depend on case: MariaDB compares them without it, H2 with
     * it, and Verdict must behave the same on both); otherwise a 400 naming the field, with an example.
     */
    public static String require(String field, String name, String example) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidRequestException(field + ": 1 to 100 letters, digits and . _ -, starting with a letter or"
                    + " digit, e.g. " + example);
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
