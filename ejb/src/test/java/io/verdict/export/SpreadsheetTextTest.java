package io.verdict.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+34 600", "-12.5", "@SUM(A1)", "\tcmd", "\rcmd"})
    void textASpreadsheetCouldRunIsFormulaLike(String text) {
        assertThat(SpreadsheetText.isFormulaLike(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-001", " =1+1", "a=b", "<script>alert(1)</script>", "B12345674", "00123"})
    void ordinaryTextIsNot(String text) {
        assertThat(SpreadsheetText.isFormulaLike(text)).isFalse();
    }

    @Test
    void nullIsNot() {
        assertThat(SpreadsheetText.isFormulaLike(null)).isFalse();
    }
}
