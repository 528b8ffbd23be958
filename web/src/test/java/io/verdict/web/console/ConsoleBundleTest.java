package io.verdict.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The console's texts: every one in both languages, and every pattern one MessageFormat can fill. */
class ConsoleBundleTest {

    private static final String BUNDLE = "io.verdict.web.console.messages";

    private final ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    private final ResourceBundle spanish = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("es"));

    @Test
    void everyTextIsInEnglishAndSpanish() {
        assertThat(spanish.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        for (String key : english.keySet()) {
            assertThat(spanish.getString(key)).as(key).isNotBlank();
            assertThat(english.getString(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyPatternIsAValidMessageFormatInBothLanguages() {
        for (ResourceBundle bundle : new ResourceBundle[] {english, spanish}) {
            for (String key : bundle.keySet()) {
                assertThatCode(() -> new MessageFormat(bundle.getString(key)))
                        .as(key)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void countsAgreeWithTheirNumberAndRunNumbersAreNotGrouped() {
        String accepted = english.getString("processes.started");

        assertThat(new MessageFormat(accepted, Locale.ENGLISH).format(new Object[] {"f.csv", 1234, 1, "p", 1}))
                .isEqualTo("\"f.csv\" passed validation: run 1234 (dry run) of p has 1 record.");
        assertThat(new MessageFormat(accepted, Locale.ENGLISH).format(new Object[] {"f.csv", 7, 0, "p", 2500}))
                .isEqualTo("\"f.csv\" passed validation: run 7 of p has 2,500 records.");
        assertThat(new MessageFormat(spanish.getString("run.resolved"), Locale.forLanguageTag("es"))
                        .format(new Object[] {1, "DISCARD"}))
                .isEqualTo("1 registro resuelto (DISCARD).");
    }

    @Test
    void anEnglishBrowserGetsEnglishOnAServerWhoseDefaultLocaleIsSpanish() {
        Locale serverDefault = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("es-ES"));
        try {
            ResourceBundle.clearCache();
            assertThat(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString("nav.runs"))
                    .isEqualTo("Runs");
            assertThat(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("es"))
                            .getString("nav.runs"))
                    .isEqualTo("Ejecuciones");
        } finally {
            Locale.setDefault(serverDefault);
            ResourceBundle.clearCache();
        }
    }
}
