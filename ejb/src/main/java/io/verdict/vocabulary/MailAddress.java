package io.verdict.vocabulary;

import java.util.regex.Pattern;

/**
 * What Verdict accepts as an e-mail address: one {@code @} with text on both sides and no spaces. The SMTP server has
 * the last word; this only keeps typos and hostile text out of recipients and headers.
 */
public final class MailAddress {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+");
    private static final int MAX_LENGTH = 254;

    private MailAddress() {}

    public static boolean isValid(String address) {
        return address != null
                && address.length() <= MAX_LENGTH
                && ADDRESS.matcher(address).matches();
    }
}
