package io.verdict.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessDeclarationTest {

    private static final Set<String> TEMPLATES = Set.of("http-per-record", "robot");

    @Test
    void aWellFormedDeclarationHasNoProblemAndSpellsItsKeyAsItsColumnsDo() {
        ProcessDeclaration declaration = declare("supplier-onboarding", List.of(" SupplierId ", "Iban"), "supplierid");

        assertThat(declaration.problems(TEMPLATES)).isEmpty();
        assertThat(declaration.columns()).containsExactly("SupplierId", "Iban");
        assertThat(declaration.keyColumn()).isEqualTo("SupplierId");
    }

    @Test
    void namesAreThreeToSixtyLowerCaseLettersDigitsAndDashes() {
        assertThat(problems(declare("ab", List.of("A"), null)))
                .singleElement()
                .asString()
                .startsWith("name:");
        assertThat(problems(declare("Supplier", List.of("A"), null)))
                .singleElement()
                .asString()
                .startsWith("name:");
        assertThat(problems(declare("a_b", List.of("A"), null)))
                .singleElement()
                .asString()
                .startsWith("name:");
        assertThat(problems(declare("a".repeat(61), List.of("A"), null))).hasSize(1);
        assertThat(problems(declare("a".repeat(60), List.of("A"), null))).isEmpty();
        assertThat(problems(declare("p-2", List.of("A"), null))).isEmpty();
        assertThat(problems(declare("-ab", List.of("A"), null)))
                .as("starts with a dash")
                .hasSize(1);
        assertThat(problems(declare("ab-", List.of("A"), null)))
                .as("ends with a dash")
                .hasSize(1);
    }

    @Test
    void anUnknownTemplateIsNamedWithTheKnownOnes() {
        ProcessDeclaration declaration =
                new ProcessDeclaration("supplier-onboarding", "soap", null, List.of("SupplierId"), null);

        assertThat(declaration.problems(TEMPLATES))
                .containsExactly("template: \"soap\" is not a template; the templates are " + TEMPLATES);
    }

    @Test
    void columnsAreNeededUniqueIgnoringCaseAndNotVerdictsOwn() {
        assertThat(problems(declare("p-1", List.of(), null)))
                .singleElement()
                .asString()
                .startsWith("columns:");
        assertThat(problems(declare("p-1", List.of("Iban", "IBAN"), null)))
                .containsExactly("columns[1]: \"IBAN\" appears twice (columns do not depend on case)");
        assertThat(problems(declare("p-1", List.of("Iban", " "), null)))
                .containsExactly("columns[1]: a column needs a name");
        assertThat(problems(declare("p-1", List.of("reason"), null)))
                .singleElement()
                .asString()
                .startsWith("columns[0]: \"reason\" is a column of Verdict's own");
        assertThat(problems(declare("p-1", List.of("Line\nbreak"), null))).hasSize(1);
    }

    @Test
    void theKeyColumnIsOneOfTheColumns() {
        assertThat(problems(declare("p-1", List.of("SupplierId"), "Iban")))
                .containsExactly("keyColumn: \"Iban\" is not one of the columns");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThat(new ProcessDeclaration("X", null, null, List.of(), "K").problems(TEMPLATES))
                .hasSize(4);
    }

    private static ProcessDeclaration declare(String name, List<String> columns, String keyColumn) {
        return new ProcessDeclaration(name, "robot", "Onboards suppliers", columns, keyColumn);
    }

    private static List<String> problems(ProcessDeclaration declaration) {
        return declaration.problems(TEMPLATES);
    }
}
