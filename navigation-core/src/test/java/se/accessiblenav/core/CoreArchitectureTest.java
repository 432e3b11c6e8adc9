package se.accessiblenav.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** navigation-core knows no Spring and no server; its feature packages do not form cycles. */
class CoreArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.accessiblenav.core");

    @Test
    void noSpring() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");
        rule.check(CLASSES);
    }

    @Test
    void noServer() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("se.accessiblenav.server..");
        rule.check(CLASSES);
    }

    @Test
    void featurePackagesFreeOfCycles() {
        ArchRule rule =
                slices().matching("se.accessiblenav.core.(*)..").should().beFreeOfCycles();
        rule.check(CLASSES);
    }

    @Test
    void osmParsersDoNotKnowRouting() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..core.osm..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..core.routing..");
        rule.check(CLASSES);
    }
}
