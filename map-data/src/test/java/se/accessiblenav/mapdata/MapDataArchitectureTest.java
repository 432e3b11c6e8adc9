package se.accessiblenav.mapdata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** map-data knows neither Spring, the web layer, nor GraphHopper. */
class MapDataArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.accessiblenav.mapdata");

    @Test
    void noSpring() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");
        rule.check(CLASSES);
    }

    @Test
    void noGraphHopper() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("com.graphhopper..");
        rule.check(CLASSES);
    }

    @Test
    void noUpperModules() {
        ArchRule rule = noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("se.accessiblenav.core..", "se.accessiblenav.server..");
        rule.check(CLASSES);
    }
}
