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

/**
 * A crossing the map does not describe, where the map describes almost none (the detour-trade fixture,
 * no crossing tags), is said to be unmapped; the same streets crossed at crossings tagged as unmarked (the
 * detour-bound fixture) are said to have no signals.
 */
class UnmappedCrossingGuidanceTest {
    @TempDir
    Path cacheDir;

    @Test
    void anUntaggedCrossingOnAThinMapIsSaidToBeUnmappedInBothLanguages() {
        assertThat(crossingTexts("detour-trade.osm", Locale.ENGLISH))
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).contains("Crossing not mapped: listen for traffic."));
        assertThat(crossingTexts("detour-trade.osm", Locale.forLanguageTag("sv")))
                .allSatisfy(text -> assertThat(text).contains("Övergången är inte kartlagd"));
    }

    @Test
    void aCrossingTaggedAsUnmarkedIsSaidToHaveNoSignals() {
        assertThat(crossingTexts("detour-bound.osm", Locale.ENGLISH))
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text)
                        .contains("No traffic signals: listen for traffic.")
                        .doesNotContain("not mapped"));
    }

    private List<String> crossingTexts(String fixture, Locale locale) {
        try (PedestrianRouter router =
                PedestrianRouter.open(FixtureGraph.settings(fixture, cacheDir.resolve(fixture)))) {
            // foot walks straight across both streets
            GHResponse response = router.route(new GHRequest(52.0, 13.0, 52.0, 13.004)
                    .setProfile("foot")
                    .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
            assertThat(response.getErrors()).isEmpty();
            return router.guide(response.getBest(), new GuidanceOptions(locale, true, 1.0, 0.7, 10)).cues().stream()
                    .filter(c -> c.kind() == CueKind.CROSSING)
                    .map(Cue::fullText)
                    .toList();
        }
    }
}
