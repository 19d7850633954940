package io.microscout.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every package, sub-packages included, is a slice, and no two slices depend on each other in a circle: a
 * package can be read, tested and moved with what it depends on, never with what depends on it. (Maven modules
 * already forbid cycles between modules; this rule forbids them inside a module.)
 */
class PackagesHaveNoCyclesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.microscout");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("io.microscout.(**)").should().beFreeOfCycles().check(classes);
    }
}
