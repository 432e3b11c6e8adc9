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

/**
 * A fork: two paths go on 15° either side of straight ahead. Neither is a turn, but a walker can take
 * the wrong one, so the guidance says which side to keep to; a junction without a fork gets no such cue.
 */
class ForkGuidanceTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(FixtureGraph.settings("fork.osm", cacheDir));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    private static List<Cue> walk(double toLat, double toLon, Locale locale) {
        GHResponse response = router.route(new GHRequest(59.3292814, 18.06, toLat, toLon)
                .setProfile("foot")
                .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
        assertThat(response.getErrors()).isEmpty();
        return router.guide(response.getBest(), GuidanceOptions.defaults(locale))
                .cues();
    }

    @Test
    void theRightBranchOfAForkIsKeepRight() {
        List<Cue> cues = walk(59.3306941, 18.0603646, Locale.ENGLISH);
        assertThat(cues).noneMatch(c -> c.kind() == CueKind.TURN);
        assertThat(cues)
                .filteredOn(c -> c.kind() == CueKind.KEEP)
                .singleElement()
                .satisfies(keep -> {
                    assertThat(keep.shortText()).isEqualTo("Keep right onto Högra gången.");
                    assertThat(keep.distanceMeters()).isBetween(75.0, 85.0);
                });
    }

    @Test
    void theLeftBranchOfAForkIsKeepLeftInSwedishToo() {
        List<Cue> cues = walk(59.3306941, 18.0596354, Locale.forLanguageTag("sv"));
        assertThat(cues)
                .filteredOn(c -> c.kind() == CueKind.KEEP)
                .singleElement()
                .satisfies(keep -> assertThat(keep.shortText()).isEqualTo("Håll till vänster in på Vänstra gången."));
    }

    @Test
    void aTurnAwayFromTheForkIsATurnNotAKeep() {
        List<Cue> cues = walk(59.33, 18.0614088, Locale.ENGLISH);
        assertThat(cues).anyMatch(c -> c.kind() == CueKind.TURN);
        assertThat(cues).noneMatch(c -> c.kind() == CueKind.KEEP);
    }
}
