package io.verdict;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.verdict.lease.LeaseRows;
import io.verdict.run.WorkItemRows;
import io.verdict.vocabulary.JsonP;
import java.util.List;

/**
 * The layout every archive keeps, read from the built classes of the EJB jar, the batch jar and the WAR: each archive
 * under its own package root, shared vocabulary at the bottom, no package cycles, and the database reached only where
 * it should be. A newcomer breaks a rule here before a reviewer has to notice it.
 */
@AnalyzeClasses(packages = "io.verdict", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String WEB = "io.verdict.web..";
    private static final String BATCH = "io.verdict.batch..";
    private static final String HANDLER = "io.verdict.handler..";
    /** What every feature may use and which uses no feature: names, results, errors, time, SQL dialects, files. */
    private static final String[] GROUND = {
        "io.verdict.vocabulary..",
        "io.verdict.error..",
        "io.verdict.result..",
        "io.verdict.time..",
        "io.verdict.db..",
        "io.verdict.server..",
        "io.verdict.input..",
        "io.verdict.export.."
    };

    private static final String[] DATABASE = {"jakarta.persistence..", "java.sql..", "javax.sql..", "org.hibernate.."};

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles =
            slices().matching("io.verdict.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webFeaturesAreFreeOfCycles =
            slices().matching("io.verdict.web.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule batchPackagesAreFreeOfCycles =
            slices().matching("io.verdict.batch.(*)..").should().beFreeOfCycles();

    /** Ground, then the handler contract, then the features, then the processes, then the web: never upwards. */
    @ArchTest
    static final ArchRule layersPointDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.verdict..")
            .layer("Ground")
            .definedBy(GROUND)
            .layer("Handler contract")
            .definedBy(HANDLER)
            .layer("Features")
            .definedBy(resideInAPackage("io.verdict..")
                    .and(not(resideInAnyPackage(GROUND)))
                    .and(not(resideInAnyPackage(HANDLER, BATCH, WEB))))
            .layer("Processes")
            .definedBy(BATCH)
            .layer("Web")
            .definedBy(WEB)
            .whereLayer("Web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Processes")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Features")
            .mayOnlyBeAccessedByLayers("Processes", "Web")
            .whereLayer("Handler contract")
            .mayOnlyBeAccessedByLayers("Features", "Processes", "Web");

    @ArchTest
    static final ArchRule webClassesShipInTheWar =
            classes().that().resideInAPackage(WEB).should(comeFrom("web"));

    @ArchTest
    static final ArchRule batchClassesShipInTheBatchJar =
            classes().that().resideInAPackage(BATCH).should(comeFrom("batch-jobs"));

    @ArchTest
    static final ArchRule everyOtherClassShipsInTheEjbJar = classes()
            .that()
            .resideOutsideOfPackages(WEB, BATCH)
            .and()
            .resideInAPackage("io.verdict..")
            .should(comeFrom("ejb"));

    @ArchTest
    static final ArchRule theWebNeverTouchesTheDatabase = noClasses()
            .that()
            .resideInAPackage(WEB)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DATABASE)
            .because("views and resources call services, which own the transactions and queries");

    @ArchTest
    static final ArchRule processesReachTheDatabaseOnlyThroughTheWorkItemRepository = noClasses()
            .that()
            .resideInAPackage(BATCH)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DATABASE)
            .because("a process's records are read and written by the run's work-item repository alone");

    @ArchTest
    static final ArchRule jdbcOnlyInTheDatabaseHelpersAndTheWorkItemRepository = noClasses()
            .that()
            .resideOutsideOfPackage("io.verdict.db..")
            .and()
            .doNotBelongToAnyOf(WorkItemRows.class, LeaseRows.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..")
            .because("plain SQL over work_item lives in the work-item repository and, for the robots' leases of its"
                    + " records, the lease repository, whose every error names its statement");

    @ArchTest
    static final ArchRule serviceProvidersAreLookedUpOnce = noClasses()
            .that()
            .doNotBelongToAnyOf(JsonP.class)
            .should()
            .callMethodWhere(target(owner(name("jakarta.json.Json"))))
            .orShould()
            .callMethod("jakarta.batch.runtime.BatchRuntime", "getJobOperator")
            .because(
                    "Json's static factories and BatchRuntime.getJobOperator() scan the service providers on each call:"
                            + " JSON goes through JsonP, and the job operator is injected");

    @ArchTest
    static final ArchRule theHandlerContractStandsOnResultsAlone = classes()
            .that()
            .resideInAPackage(HANDLER)
            .should()
            .onlyDependOnClassesThat(
                    resideInAnyPackage(HANDLER, "io.verdict.result..").or(not(resideInAPackage("io.verdict.."))));

    @ArchTest
    static final ArchRule noGrabBagNames = noClasses()
            .that()
            .resideInAPackage("io.verdict..")
            .should()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Bean")
            .orShould()
            .haveSimpleNameEndingWith("EJB");

    @ArchTest
    static final ArchRule everyPackageSaysWhatItIsFor = classes()
            .that()
            .resideInAPackage("io.verdict..")
            .should(new ArchCondition<>("sit in a package with a package-info.java") {
                @Override
                public void check(JavaClass javaClass, ConditionEvents events) {
                    boolean described =
                            javaClass.getPackage().tryGetPackageInfo().isPresent();
                    events.add(new SimpleConditionEvent(
                            javaClass, described, javaClass.getPackageName() + " has no package-info.java"));
                }
            });

    /** The class was loaded from the named module's build output or from its artifact. */
    private static ArchCondition<JavaClass> comeFrom(String module) {
        List<String> markers = List.of("/" + module + "/target/", "verdict-" + module + "-");
        return new ArchCondition<>("ship in the " + module + " module") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String location = javaClass
                        .getSource()
                        .map(source -> source.getUri().toString())
                        .orElse("");
                boolean inModule = markers.stream().anyMatch(location::contains);
                events.add(
                        new SimpleConditionEvent(javaClass, inModule, javaClass.getName() + " comes from " + location));
            }
        };
    }
}
