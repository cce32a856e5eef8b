package io.github.rectrack.store.postgres;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The PostgreSQL store is a plug-in: it uses the engine, the model, JDBC, HikariCP and Flyway, and no other plug-in. */
@AnalyzeClasses(packages = "io.github.rectrack.store.postgres", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * What the store may use: JDBC, and of the driver only its statement interface (which asks for results in binary
     * form), nothing of its internals.
     */
    @ArchTest
    static final ArchRule theStoreUsesTheEngineJdbcHikariAndFlywayOnly = classes()
            .that().resideInAPackage("io.github.rectrack.store.postgres..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("io.github.rectrack.store.postgres..",
                    "io.github.rectrack.engine..", "io.github.rectrack.model..", "java..", "javax.sql..", "com.zaxxer.hikari..",
                    "org.flywaydb.core..", "org.apiguardian..").or(JavaClass.Predicates.belongToAnyOf(org.postgresql.PGStatement.class)));

    /** Every public type states how stable it is. */
    @ArchTest
    static final ArchRule everyPublicTypeCarriesAStabilityMarker = classes()
            .that().resideInAPackage("io.github.rectrack.store.postgres..").and().arePublic()
            .should().beAnnotatedWith(org.apiguardian.api.API.class);
}
