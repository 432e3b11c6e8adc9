package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.CueKind;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;

/** Tram tracks are named: in the middle of a road crossing, and crossed on their own. */
class TramTracksGuidanceTest {
    @TempDir
    Path cacheDir;

    private List<Cue> crossings(Locale locale) {
        try (PedestrianRouter router = PedestrianRouter.open(FixtureGraph.settings("tram-tracks.osm", cacheDir))) {
            GHResponse response = router.route(new GHRequest(50.0000, 8.0000, 50.0016, 8.0000)
                    .setProfile("foot")
                    .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
            assertThat(response.getErrors()).isEmpty();
            return router.guide(response.getBest(), GuidanceOptions.defaults(locale)).cues().stream()
                    .filter(c -> c.kind() == CueKind.CROSSING)
                    .toList();
        }
    }

    @Test
    void tracksInTheRoadAndTracksOnTheirOwnAreSaid() {
        List<Cue> crossings = crossings(Locale.ENGLISH);
        assertThat(crossings).hasSize(2);
        assertThat(crossings.get(0).fullText())
                .startsWith("Cross Hauptstraße at the traffic lights.")
                .contains("Tram tracks on the way: listen for trams.");
        assertThat(crossings.get(1).fullText()).isEqualTo("Cross tram tracks: listen for trams, they are quiet.");
        assertThat(crossings.get(1).shortText()).isEqualTo("Tram tracks.");
        // said where the tracks are, not where the path begins: the second line is 133 m along the walk
        assertThat(crossings.get(1).distanceMeters()).isBetween(90.0, 150.0);
    }

    @Test
    void inSwedish() {
        List<Cue> crossings = crossings(Locale.forLanguageTag("sv"));
        assertThat(crossings.get(0).fullText()).contains("Spårvagnsspår på vägen: lyssna efter spårvagnar.");
        assertThat(crossings.get(1).fullText())
                .isEqualTo("Korsa spårvagnsspår: lyssna efter spårvagnar, de hörs dåligt.");
    }
}
