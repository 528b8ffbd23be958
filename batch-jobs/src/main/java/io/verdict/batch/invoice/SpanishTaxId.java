package io.verdict.batch.invoice;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validates Spanish tax identifiers, control character included, so that an invoice is never submitted for a
 * customer whose tax id cannot exist.
 *
 * <ul>
 *   <li>NIF (individuals): 8 digits and the letter {@code TRWAGMYFPDXBNJZSQVHLCKE} at index (number mod 23), e.g.
 *       {@code 12345678Z}.
 *   <li>NIE (foreigners): X, Y or Z, 7 digits and a letter; X, Y, Z count as 0, 1, 2 in front of the digits and the
 *       letter is then computed as for a NIF, e.g. {@code X1234567L}.
 *   <li>CIF (organisations): an organisation letter ({@code ABCDEFGHJKLMNPQRSUVW}), 7 digits and a control
 *       character. With the digits numbered 1 to 7, the sum of the even-position digits plus the digit sums of the
 *       doubled odd-position digits gives the control digit {@code (10 - sum % 10) % 10}, written either as that digit
 *       or as the letter at that index of {@code JABCDEFGHI}. N, P, Q, R, S and W require the letter; A, B, E and H
 *       require the digit; the other organisation letters accept either. E.g. {@code B12345674}, {@code Q2826000H}.
 * </ul>
 *
 * <p>Writing accepted: surrounding whitespace is ignored and letters may be lower case. Nothing may separate the parts:
 * {@code 12345678-Z}, {@code 12345678 Z} and {@code B-12345674} are invalid, so that each tax id has a single
 * accepted spelling. Only ASCII digits count as digits. The special NIFs starting with
 * K, L or M for individuals are not recognised as NIFs: those letters are read as CIF organisation letters.
 */
public final class SpanishTaxId {

    /** The kinds of Spanish tax id. */
    public enum Kind {
        /** Número de Identificación Fiscal of a Spanish individual. */
        NIF,
        /** Número de Identidad de Extranjero of a foreign individual. */
        NIE,
        /** Código de Identificación Fiscal of an organisation. */
        CIF
    }

    private static final Pattern NIF_SHAPE = Pattern.compile("[0-9]{8}[A-Z]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NIE_SHAPE = Pattern.compile("[XYZ][0-9]{7}[A-Z]", Pattern.CASE_INSENSITIVE);
    private static final Pattern CIF_SHAPE =
            Pattern.compile("[ABCDEFGHJKLMNPQRSUVW][0-9]{7}[0-9A-J]", Pattern.CASE_INSENSITIVE);

    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String NIE_PREFIXES = "XYZ";
    private static final String CIF_CONTROL_LETTERS = "JABCDEFGHI";
    private static final String CIF_LETTER_CONTROL_ONLY = "NPQRSW";
    private static final String CIF_DIGIT_CONTROL_ONLY = "ABEH";

    private SpanishTaxId() {}

    /**
     * The kind the value is written as, without checking its control character; empty when it has the shape of none
     * (wrong length, separators, a letter where a digit belongs…).
     */
    public static Optional<Kind> kindOf(String value) {
        String id = CellText.clean(value);
        if (NIF_SHAPE.matcher(id).matches()) {
            return Optional.of(Kind.NIF);
        }
        if (NIE_SHAPE.matcher(id).matches()) {
            return Optional.of(Kind.NIE);
        }
        if (CIF_SHAPE.matcher(id).matches()) {
            return Optional.of(Kind.CIF);
        }
        return Optional.empty();
    }

    /** Whether the value is a NIF, NIE or CIF whose control character is right; {@code null} is not valid. */
    public static boolean isValid(String value) {
        Optional<Kind> kind = kindOf(value);
        if (kind.isEmpty()) {
            return false;
        }
        String id = CellText.clean(value).toUpperCase(Locale.ROOT);
        return switch (kind.get()) {
            case NIF -> id.charAt(8) == nifLetter(Integer.parseInt(id.substring(0, 8)));
            case NIE ->
                id.charAt(8) == nifLetter(Integer.parseInt(NIE_PREFIXES.indexOf(id.charAt(0)) + id.substring(1, 8)));
            case CIF -> hasValidCifControl(id);
        };
    }

    private static char nifLetter(int number) {
        return NIF_LETTERS.charAt(number % 23);
    }

    private static boolean hasValidCifControl(String id) {
        int sum = 0;
        for (int position = 1; position <= 7; position++) {
            int digit = id.charAt(position) - '0';
            if (position % 2 == 0) {
                sum += digit;
            } else {
                int doubled = 2 * digit;
                sum += doubled / 10 + doubled % 10;
            }
        }
        int controlDigit = (10 - sum % 10) % 10;
        char organisation = id.charAt(0);
        char control = id.charAt(8);
        if (Character.isDigit(control)) {
            return CIF_LETTER_CONTROL_ONLY.indexOf(organisation) < 0 && control - '0' == controlDigit;
        }
        return CIF_DIGIT_CONTROL_ONLY.indexOf(organisation) < 0 && control == CIF_CONTROL_LETTERS.charAt(controlDigit);
    }
}
