package se.accessiblenav.voice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The voice client talks HTTP/JSON only: no GraphHopper, no Spring, none of the other modules. */
class VoiceClientArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.accessiblenav.voice");

    @Test
    void noGraphHopperSpringOrOtherModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.graphhopper..",
                        "org.springframework..",
                        "se.accessiblenav.core..",
                        "se.accessiblenav.server..",
                        "se.accessiblenav.mapdata..")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("se.accessiblenav.voice.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void guidanceKnowsNoNetworkNoSessionAndNoCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("se.accessiblenav.voice.guidance..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net..", "se.accessiblenav.voice.cli..", "se.accessiblenav.voice.session..")
                .check(CLASSES);
    }
}
