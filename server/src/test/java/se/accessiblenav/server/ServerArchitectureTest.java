package se.accessiblenav.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Feature packages of the server do not form cycles; only route code touches GraphHopper types. */
@AnalyzeClasses(packages = "se.accessiblenav.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {
    @ArchTest
    static final ArchRule featurePackagesFreeOfCycles =
            slices().matching("se.accessiblenav.server.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule graphHopperOnlyInRoute = noClasses()
            .that()
            .resideOutsideOfPackage("..server.route..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.graphhopper..");
}
