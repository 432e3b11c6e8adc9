package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.routing.ev.VehiclePriority;
import com.graphhopper.routing.util.AllEdgesIterator;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.RelaxedPriority;
import se.accessiblenav.core.osm.StaticPriority;

/**
 * The detour bound on the detour-bound fixture: a path of about 275 m that crosses two quiet streets at
 * crossings tagged as unmarked, and a way round of about 500 m (1.8 × as long) that crosses nothing. {@code
 * blind_cane} takes the way round; within a bound of 1.6 the answer leads with the short path and offers
 * the way round after it.
 */
class DetourBoundTest {
    private static final double WEST_LAT = 52.0;
    private static final double WEST_LON = 13.0;
    private static final double EAST_LON = 13.004;

    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(FixtureGraph.settings("detour-bound.osm", cacheDir));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    static GHResponse route(String profile, Object factor) {
        GHRequest request = new GHRequest(WEST_LAT, WEST_LON, WEST_LAT, EAST_LON).setProfile(profile);
        if (factor != null) request.putHint(DetourBound.HINT, factor);
        GHResponse response = router.route(request);
        assertThat(response.getErrors()).isEmpty();
        return response;
    }

    @Test
    void withoutABoundBlindCaneWalksRoundBothStreets() {
        GHResponse response = route("blind_cane", 0);
        assertThat(response.getAll()).hasSize(1);
        assertThat(response.getBest().getDistance()).isCloseTo(500, offset(20.0));
    }

    @Test
    void withinTheDefaultBoundTheShortWalkLeadsAndTheSafeOneIsOffered() {
        double foot = route("foot", null).getBest().getDistance();
        GHResponse response = route("blind_cane", null);
        assertThat(response.getAll()).hasSize(2);
        ResponsePath within = response.getAll().get(0);
        ResponsePath safest = response.getAll().get(1);
        assertThat(within.getDistance()).isLessThanOrEqualTo(DetourBound.DEFAULT_FACTOR * foot);
        assertThat(safest.getDistance()).isCloseTo(500, offset(20.0));
        assertThat(within.getDescription().get(0)).startsWith(DetourBound.BOUNDED);
        assertThat(safest.getDescription().get(0)).startsWith(DetourBound.SAFEST);
        assertThat(response.getHints().getBool("detour_bounded", false)).isTrue();
    }

    @Test
    void aRequestThatAcceptsTwiceTheLengthGetsTheSafeWalkAlone() {
        GHResponse response = route("blind_cane", "2");
        assertThat(response.getAll()).hasSize(1);
        assertThat(response.getBest().getDistance()).isCloseTo(500, offset(20.0));
    }

    @Test
    void footIsNeverBounded() {
        GHResponse response = route("foot", 1.0);
        assertThat(response.getAll()).hasSize(1);
        assertThat(response.getBest().getDistance()).isCloseTo(275, offset(15.0));
    }

    @Test
    void aBoundThatIsNoNumberOrBelowOneIsRefusedWithWordsAboutIt() {
        for (Object bad : new Object[] {"abc", 0.5, 11, "-1"})
            assertThatThrownBy(() -> router.route(new GHRequest(WEST_LAT, WEST_LON, WEST_LAT, EAST_LON)
                            .setProfile("blind_cane")
                            .putHint(DetourBound.HINT, bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("max_detour_factor must be a number from 1 to 10");
    }

    @Test
    void relaxedPrioritiesLieBetweenTheProfilesAndFootsOnEveryEdge() {
        var encoding = router.graphHopper().getEncodingManager();
        var foot = encoding.getDecimalEncodedValue(VehiclePriority.key("foot"));
        var walker = encoding.getDecimalEncodedValue(StaticPriority.key("blind_cane"));
        var thirty = encoding.getDecimalEncodedValue(RelaxedPriority.key("blind_cane", 30));
        var ten = encoding.getDecimalEncodedValue(RelaxedPriority.key("blind_cane", 10));
        AllEdgesIterator edge = router.graphHopper().getBaseGraph().getAllEdges();
        int dearer = 0;
        while (edge.next()) {
            if (edge.get(foot) <= 0) continue;
            double ratio = edge.get(walker) / edge.get(foot);
            assertThat(edge.get(thirty)).isBetween(Math.min(1, ratio) - 1e-9, 1.0);
            assertThat(edge.get(ten)).isBetween(edge.get(thirty) - 1e-9, 1.0);
            if (ratio < 0.99) {
                dearer++;
                // the weight foot's plus 30 % of what the profile adds
                assertThat(1 / edge.get(thirty)).isCloseTo(1 + 0.3 * (1 / ratio - 1), offset(1e-6));
            }
        }
        assertThat(dearer).isPositive();
    }

    @Test
    void theDefaultBoundIsOnePointSixTimesButAtMostOneAndAHalfKilometresMoreAndNeverBelowAQuarterMore() {
        assertThat(DetourBound.bound(Double.NaN, 500)).isCloseTo(800, offset(1e-6));
        assertThat(DetourBound.bound(Double.NaN, 2_000)).isCloseTo(3_200, offset(1e-6));
        assertThat(DetourBound.bound(Double.NaN, 5_000)).isCloseTo(6_500, offset(1e-6));
        assertThat(DetourBound.bound(Double.NaN, 10_000)).isCloseTo(12_500, offset(1e-6));
        // a request's own factor is the bound, however long the walk
        assertThat(DetourBound.bound(2, 10_000)).isCloseTo(20_000, offset(1e-6));
    }
}
