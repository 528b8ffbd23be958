package io.verdict.batch.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void cleaningRemovesSurroundingSpacesTabsNewlinesAndNonBreakingSpaces() {
        assertThat(CellText.clean(" \t\u00A0F-001\r\n\u00A0")).isEqualTo("F-001");
    }

    @Test
    void cleaningKeepsInnerSpaces() {
        assertThat(CellText.clean("  ACME  Iberia ")).isEqualTo("ACME  Iberia");
    }

    @Test
    void nullAndBlankCleanToEmpty() {
        assertThat(CellText.clean(null)).isEmpty();
        assertThat(CellText.clean(" \u00A0\t")).isEmpty();
        assertThat(CellText.clean(" 0 ")).isEqualTo("0");
    }

    @Test
    void shortValuesAreQuotedWhole() {
        assertThat(CellText.quote("F-001")).isEqualTo("\"F-001\"");
        assertThat(CellText.quote("x".repeat(60))).isEqualTo("\"" + "x".repeat(60) + "\"");
    }

    @Test
    void longValuesAreCutAfterSixtyCharactersWithAnEllipsis() {
        assertThat(CellText.quote("x".repeat(61))).isEqualTo("\"" + "x".repeat(60) + "…\"");
        assertThat(CellText.quote("y".repeat(100_000))).hasSize(63);
    }

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDCB6";
        String quoted = CellText.quote(emoji.repeat(61));

        assertThat(quoted).isEqualTo("\"" + emoji.repeat(60) + "…\"");
    }

    @Test
    void hostileTextIsQuotedAsItIs() {
        assertThat(CellText.quote("<script>alert(1)</script>")).isEqualTo("\"<script>alert(1)</script>\"");
        assertThat(CellText.quote("=HYPERLINK(\"http://x\")")).isEqualTo("\"=HYPERLINK(\"http://x\")\"");
    }
}
