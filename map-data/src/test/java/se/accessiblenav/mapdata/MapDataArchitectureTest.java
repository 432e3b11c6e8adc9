package se.accessiblenav.mapdata;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** map-data knows neither Spring, the web layer, nor GraphHopper. */
@AnalyzeClasses(packages = "se.accessiblenav.mapdata", importOptions = ImportOption.DoNotIncludeTests.class)
class MapDataArchitectureTest {
    @ArchTest
    static final ArchRule noSpring =
            noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule noGraphHopper =
            noClasses().should().dependOnClassesThat().resideInAPackage("com.graphhopper..");

    @ArchTest
    static final ArchRule noUpperModules = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("se.accessiblenav.core..", "se.accessiblenav.server..");
}
