package se.accessiblenav.server;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Feature packages of the server do not form cycles; only route code touches GraphHopper types. */
class ServerArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.accessiblenav.server");

    @Test
    void featurePackagesFreeOfCycles() {
        ArchRule rule =
                slices().matching("se.accessiblenav.server.(*)..").should().beFreeOfCycles();
        rule.check(CLASSES);
    }

    @Test
    void graphHopperOnlyInRoute() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("..server.route..")
                .should()
                .dependOnClassesThat(resideInAPackage("com.graphhopper..")
                        .and(DescribedPredicate.not(resideInAPackage("com.graphhopper.util.shapes.."))));
        rule.check(CLASSES);
    }
}
