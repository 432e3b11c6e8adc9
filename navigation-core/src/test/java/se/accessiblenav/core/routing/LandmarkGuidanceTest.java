package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.CueKind;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;

/** A named bus stop beside the route is announced once, on the side the walker passes it. */
class LandmarkGuidanceTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(FixtureGraph.settings("steps.osm", cacheDir));
        router.awaitPlaces();
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @Test
    void goingNorthTheStopIsOnTheRightAndGoingSouthOnTheLeft() {
        List<Cue> north = landmarks(59.3300, 59.3307, Locale.ENGLISH);
        List<Cue> south = landmarks(59.3307, 59.3300, Locale.forLanguageTag("sv"));

        assertThat(north).singleElement().satisfies(c -> {
            assertThat(c.shortText()).isEqualTo("Trappgränd, on your right.");
            assertThat(c.fullText()).isEqualTo("You pass Trappgränd, bus stop, on your right.");
            assertThat(c.distanceMeters()).isBetween(14.0, 19.0);
            assertThat(c.lon()).isEqualTo(18.06008);
        });
        assertThat(south)
                .singleElement()
                .satisfies(c ->
                        assertThat(c.fullText()).isEqualTo("Du passerar Trappgränd, busshållplats, till vänster."));
    }

    static List<Cue> landmarks(double fromLat, double toLat, Locale locale) {
        GHResponse response = router.route(new GHRequest(fromLat, 18.0600, toLat, 18.0600)
                .setProfile("guide_dog")
                .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
        assertThat(response.getErrors()).isEmpty();
        return router.guide(response.getBest(), new GuidanceOptions(locale, true, 1.0, 0.7, 10)).cues().stream()
                .filter(c -> c.kind() == CueKind.LANDMARK)
                .toList();
    }
}
