package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.CueKind;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;

/** Steps tagged incline=up are announced as up in that direction and as down the other way. */
class StepsGuidanceTest {
    static final double[] BOTTOM = {59.3300, 18.0600};
    static final double[] TOP = {59.3307, 18.0600};

    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(FixtureGraph.settings("steps.osm", cacheDir));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @Test
    void upwardsTheStepsAreAnnouncedAsUp() {
        Cue steps = stepsCue(BOTTOM, TOP, Locale.ENGLISH);
        assertThat(steps.shortText()).isEqualTo("Steps up, 12 steps.");
        assertThat(steps.fullText()).isEqualTo("Steps up, 12 steps. There is a handrail.");
    }

    @Test
    void downwardsTheyAreAnnouncedAsDownInBothLanguages() {
        assertThat(stepsCue(TOP, BOTTOM, Locale.ENGLISH).shortText()).isEqualTo("Steps down, 12 steps.");
        assertThat(stepsCue(TOP, BOTTOM, Locale.forLanguageTag("sv")).fullText())
                .isEqualTo("Trappa ner, 12 steg. Det finns ledstång.");
    }

    static Cue stepsCue(double[] from, double[] to, Locale locale) {
        GHResponse response = router.route(new GHRequest(from[0], from[1], to[0], to[1])
                .setProfile("guide_dog")
                .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
        assertThat(response.getErrors()).isEmpty();
        return router.guide(response.getBest(), new GuidanceOptions(locale, true, 1.0, 0.7, 10)).cues().stream()
                .filter(c -> c.kind() == CueKind.STEPS)
                .findFirst()
                .orElseThrow();
    }
}
