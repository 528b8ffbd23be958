package io.verdict.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void typedTextIsStrippedAndBlankTextSearchesNothing() {
        assertThat(SearchText.of("  operator ")).isEqualTo("operator");
        assertThat(SearchText.of(" \t")).isNull();
        assertThat(SearchText.of(null)).isNull();
        assertThat(SearchText.of("x".repeat(5000))).hasSize(SearchText.MAX);
    }

    @Test
    void wildcardsAreTakenLiterallyAndCaseIsIgnored() {
        assertThat(SearchText.containing("100%_Done\\")).isEqualTo("%100\\%\\_done\\\\%");
        assertThat(SearchText.containing("Ñoño")).isEqualTo("%ñoño%");
    }
}
