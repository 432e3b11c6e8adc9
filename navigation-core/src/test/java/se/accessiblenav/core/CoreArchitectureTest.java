package se.accessiblenav.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** navigation-core knows no Spring and no server; its feature packages do not form cycles. */
@AnalyzeClasses(packages = "se.accessiblenav.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {
    @ArchTest
    static final ArchRule noSpring =
            noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule noServer =
            noClasses().should().dependOnClassesThat().resideInAPackage("se.accessiblenav.server..");

    @ArchTest
    static final ArchRule featurePackagesFreeOfCycles =
            slices().matching("se.accessiblenav.core.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule osmParsersDoNotKnowRouting = noClasses()
            .that()
            .resideInAPackage("..core.osm..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..core.routing..");
}
