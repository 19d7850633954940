package io.microscout.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The business core speaks only Java: no JDBC, web, search engine, JSON/CSV parser or CLI library. */
class DomainIsFrameworkFreeTest {

    /** The packages that hold business rules. Adapters (importer.*, store, search, cli, web, ...) are outside. */
    static final String[] DOMAIN = {
        "io.microscout.creator..",
        "io.microscout.tier..",
        "io.microscout.metrics..",
        "io.microscout.authenticity..",
        "io.microscout.niche..",
        "io.microscout.brief..",
        "io.microscout.discovery..",
        "io.microscout.pricing..",
        "io.microscout.forecast..",
        "io.microscout.planning..",
        "io.microscout.outreach..",
        "io.microscout.campaign..",
        "io.microscout.workspace..",
    };

    static final String[] FRAMEWORKS = {
        "java.sql..",
        "javax.sql..",
        "org.jdbi..",
        "org.flywaydb..",
        "org.h2..",
        "org.postgresql..",
        "org.apache.lucene..",
        "org.opensearch..",
        "com.fasterxml..",
        "org.apache.commons.csv..",
        "picocli..",
        "io.javalin..",
        "dev.langchain4j..",
        "ai.djl..",
        "org.slf4j..",
    };

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.microscout");

    @Test
    void domainPackagesDependOnNoFrameworkOrIoLibrary() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FRAMEWORKS)
                .because("the business core must stay plain Java, reachable only through its ports")
                .check(classes);
    }

    @Test
    void domainDoesNotReachIntoAdapters() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.microscout.cli..",
                        "io.microscout.store..",
                        "io.microscout.search..",
                        "io.microscout.importer..",
                        "io.microscout.web..",
                        "io.microscout.app..",
                        "io.microscout.embedding..")
                .check(classes);
    }
}
