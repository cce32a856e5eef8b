package io.github.rectrack.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of DESIGN.md, as a test: model ← engine ← plug-ins ← cli/examples. The model and the
 * engine are checked here; each plug-in module checks its own dependencies.
 */
@AnalyzeClasses(packages = "io.github.rectrack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The model is the pure domain: the JDK and Bean Validation annotations, nothing else. */
    @ArchTest
    static final ArchRule modelDependsOnlyOnTheJdkAndValidationAnnotations = classes()
            .that().resideInAPackage("io.github.rectrack.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "io.github.rectrack.model..", "java..", "jakarta.validation..");

    /** The engine uses the model and the libraries DESIGN.md names for it. */
    @ArchTest
    static final ArchRule engineDependsOnlyOnModelAndItsNamedLibraries = classes()
            .that().resideInAPackage("io.github.rectrack.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "io.github.rectrack.engine..", "io.github.rectrack.model..", "java..", "jakarta.validation..",
                    "com.fasterxml.jackson..", "org.hibernate.validator..", "com.google.common..", "org.apiguardian..");

    /** The core never names a plug-in, the command line, the examples, the test kit or the benchmarks. */
    @ArchTest
    static final ArchRule coreNeverNamesAPlugIn = noClasses()
            .that().resideInAnyPackage("io.github.rectrack.model..", "io.github.rectrack.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.github.rectrack.export..", "io.github.rectrack.sheets..", "io.github.rectrack.forms..", "io.github.rectrack.notify..",
                    "io.github.rectrack.store..",
                    "io.github.rectrack.cli..",
                    "io.github.rectrack.examples..", "io.github.rectrack.testkit..", "io.github.rectrack.bench..");

    /** The model's types are records, enums, annotations or final classes: no mutable state to share. */
    @ArchTest
    static final ArchRule modelTypesAreValuesOrFinal = classes()
            .that().resideInAPackage("io.github.rectrack.model..")
            .and().areNotAnonymousClasses().and().areNotRecords().and().areNotEnums().and().areNotAnnotations().and().areNotInterfaces()
            .should().haveModifier(JavaModifier.FINAL);

    /** Time comes from an explicit day or a Clock, never from the system clock inside the core. */
    @ArchTest
    static final ArchRule coreNeverReadsTheSystemClock = noClasses()
            .that().resideInAnyPackage("io.github.rectrack.model..", "io.github.rectrack.engine..")
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(java.time.Clock.class, "systemUTC");

    /** Every public type of the engine states how stable it is, as JUnit's do. */
    @ArchTest
    static final ArchRule everyPublicEngineTypeCarriesAStabilityMarker = classes()
            .that().resideInAPackage("io.github.rectrack.engine..").and().arePublic()
            .should().beAnnotatedWith(org.apiguardian.api.API.class);

    /** The register store SPI is new: every public type in it, nested records too, is marked experimental. */
    @ArchTest
    static final ArchRule storeTypesAreExperimental = classes()
            .that().resideInAPackage("io.github.rectrack.engine.store..").and().arePublic()
            .should().beAnnotatedWith(com.tngtech.archunit.base.DescribedPredicate.describe("@API(status = EXPERIMENTAL, since = \"0.2.0\")",
                    (com.tngtech.archunit.core.domain.JavaAnnotation<?> a) -> a.getRawType().isEquivalentTo(org.apiguardian.api.API.class)
                            && "EXPERIMENTAL".equals(a.get("status").map(v -> ((com.tngtech.archunit.core.domain.JavaEnumConstant) v).name()).orElse(""))
                            && "0.2.0".equals(a.get("since").orElse(""))));

    /** The store SPI names no database: stores for one plug in from their own modules. */
    @ArchTest
    static final ArchRule storeSpiNamesNoDatabase = noClasses()
            .that().resideInAPackage("io.github.rectrack.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..", "org.flywaydb..",
                    "com.zaxxer..");

    /** No cycles between packages. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.github.rectrack.(**)").should().beFreeOfCycles();
}
