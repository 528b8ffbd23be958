package io.verdict.batch.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.verdict.batch.invoice.SpanishTaxId.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference values, each computed by hand (arithmetic in the comments) and cross-checked with an independent script
 * rather than with the class under test. Letter table {@code TRWAGMYFPDXBNJZSQVHLCKE}, index 0 to 22.
 */
class SpanishTaxIdTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "12345678Z, 12345678 = 23 × 536768 + 14 → index 14 = Z",
        "00000000T, 0 mod 23 = 0 → T",
        "00000023T, 23 mod 23 = 0 → T",
        "99999999R, 99999999 = 23 × 4347826 + 1 → R",
        "87654321X, 87654321 = 23 × 3811057 + 10 → X",
        "11111111H, 11111111 = 23 × 483091 + 18 → H"
    })
    void acceptsNifsWithTheRightLetter(String nif, String arithmetic) {
        assertThat(SpanishTaxId.isValid(nif)).as(arithmetic).isTrue();
        assertThat(SpanishTaxId.kindOf(nif)).contains(Kind.NIF);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12345678A", "12345678T", "00000000R", "99999999T", "12345678I", "12345678O", "12345678U"})
    void rejectsNifsWithAWrongLetterButRecognisesTheirShape(String nif) {
        assertThat(SpanishTaxId.isValid(nif)).isFalse();
        assertThat(SpanishTaxId.kindOf(nif)).contains(Kind.NIF);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "X1234567L, X → 0: 01234567 = 23 × 53676 + 19 → L",
        "Y1234567X, Y → 1: 11234567 = 23 × 488459 + 10 → X",
        "Z1234567R, Z → 2: 21234567 = 23 × 923242 + 1 → R",
        "X0000000T, X → 0: 0 → T",
        "Y7654321G, Y → 1: 17654321 = 23 × 767579 + 4 → G"
    })
    void acceptsNiesWithTheRightLetter(String nie, String arithmetic) {
        assertThat(SpanishTaxId.isValid(nie)).as(arithmetic).isTrue();
        assertThat(SpanishTaxId.kindOf(nie)).contains(Kind.NIE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "X1234567X", // the letter of Y1234567: the prefix must count
                "Y1234567L", // the letter of X1234567
                "Z1234567L",
                "X1234567Z"
            })
    void rejectsNiesWithAWrongLetter(String nie) {
        assertThat(SpanishTaxId.isValid(nie)).isFalse();
        assertThat(SpanishTaxId.kindOf(nie)).contains(Kind.NIE);
    }

    /**
     * Digits d1..d7: even positions summed, odd positions doubled and their digits summed; control digit (10 - sum %
     * 10) % 10, control letter at that index of JABCDEFGHI. The first four are widely published CIFs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "A58818501; 5881850: even 8+1+5=14, odd 10→1,16→7,16→7,0 = 15; 29 → 1",
                "B65410011; 6541001: even 5+1+0=6, odd 12→3,8,0,2 = 13; 19 → 1",
                "Q2826000H; 2826000: even 8+6+0=14, odd 4,4,0,0 = 8; 22 → 8 → H",
                "P0800000B; 0800000: even 8, odd 0; 8 → 2 → B",
                "B12345674; 1234567: even 2+4+6=12, odd 2,6,10→1,14→5 = 14; 26 → 4",
                "A00000000; 0000000: sum 0 → 0",
                "Q0000000J; 0000000: sum 0 → 0 → J",
                "W9999999G; 9999999: even 27, odd 18→9 ×4 = 36; 63 → 7 → G",
                "N7654321D; 7654321: even 6+4+2=12, odd 14→5,10→1,6,2 = 14; 26 → 4 → D",
                "H76543214; 7654321 → 4 (same digits as the N case)",
                "S0100000I; 0100000: even 1, odd 0; 1 → 9 → I",
                "B01000009; 0100000 → 9"
            })
    void acceptsCifsWithTheRightControl(String cif, String arithmetic) {
        assertThat(SpanishTaxId.isValid(cif)).as(arithmetic).isTrue();
        assertThat(SpanishTaxId.kindOf(cif)).contains(Kind.CIF);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A58818502", "B65410010", "Q2826000A", "P0800000C", "B12345675", "Q0000000A"})
    void rejectsCifsWithAWrongControl(String cif) {
        assertThat(SpanishTaxId.isValid(cif)).isFalse();
        assertThat(SpanishTaxId.kindOf(cif)).contains(Kind.CIF);
    }

    @ParameterizedTest(name = "{0} requires the letter control D")
    @ValueSource(chars = {'N', 'P', 'Q', 'R', 'S', 'W'})
    void organisationsThatRequireALetterControlRefuseTheDigit(char organisation) {
        assertThat(SpanishTaxId.isValid(organisation + "1234567D")).isTrue();
        assertThat(SpanishTaxId.isValid(organisation + "12345674")).isFalse();
    }

    @ParameterizedTest(name = "{0} requires the digit control 4")
    @ValueSource(chars = {'A', 'B', 'E', 'H'})
    void organisationsThatRequireADigitControlRefuseTheLetter(char organisation) {
        assertThat(SpanishTaxId.isValid(organisation + "12345674")).isTrue();
        assertThat(SpanishTaxId.isValid(organisation + "1234567D")).isFalse();
    }

    @ParameterizedTest(name = "{0} accepts either 4 or D")
    @ValueSource(chars = {'C', 'D', 'F', 'G', 'J', 'K', 'L', 'M', 'U', 'V'})
    void otherOrganisationsAcceptEitherControl(char organisation) {
        assertThat(SpanishTaxId.isValid(organisation + "12345674")).isTrue();
        assertThat(SpanishTaxId.isValid(organisation + "1234567D")).isTrue();
        assertThat(SpanishTaxId.isValid(organisation + "12345675")).isFalse();
        assertThat(SpanishTaxId.isValid(organisation + "1234567E")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"I1234567D", "O1234567D", "T1234567D", "X12345674"})
    void lettersThatAreNotOrganisationLettersMakeNoCif(String value) {
        assertThat(SpanishTaxId.isValid(value)).isFalse();
        assertThat(SpanishTaxId.kindOf(value)).isEmpty();
    }

    @Test
    void lowerCaseAndSurroundingWhitespaceAreAccepted() {
        assertThat(SpanishTaxId.isValid("12345678z")).isTrue();
        assertThat(SpanishTaxId.isValid("x1234567l")).isTrue();
        assertThat(SpanishTaxId.isValid("q2826000h")).isTrue();
        assertThat(SpanishTaxId.isValid("  b65410011\t")).isTrue();
        assertThat(SpanishTaxId.isValid("\u00A012345678Z\u00A0")).isTrue();
        assertThat(SpanishTaxId.kindOf(" x1234567l ")).contains(Kind.NIE);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "12345678-Z",
                "12345678 Z",
                "B-65410011",
                "B 65410011",
                "X-1234567-L",
                "12.345.678-Z",
                "ES12345678Z",
                "1234567Z",
                "123456789Z",
                "012345678Z",
                "X12345678L",
                "X123456L",
                "B6541001",
                "B654100111",
                "B6541001K",
                "12345678",
                "ABCDEFGHI",
                "Z",
                "١٢٣٤٥٦٧٨Z",
                "<script>alert(1)</script>",
                "=HYPERLINK(\"http://evil\",\"12345678Z\")"
            })
    void valuesWithoutTheShapeOfAnyKindAreInvalid(String value) {
        assertThat(SpanishTaxId.isValid(value)).isFalse();
        assertThat(SpanishTaxId.kindOf(value)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void missingValuesAreInvalid(String value) {
        assertThat(SpanishTaxId.isValid(value)).isFalse();
        assertThat(SpanishTaxId.kindOf(value)).isEmpty();
    }
}
