package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.Crossing;
import com.graphhopper.util.EdgeIteratorState;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.osm.CrossedRoad;
import se.accessiblenav.core.osm.Kerb;
import se.accessiblenav.core.osm.SharedPath;
import se.accessiblenav.core.osm.Sidewalk;
import se.accessiblenav.core.osm.TactilePaving;

/** Imports the fixture map and checks what each edge learned from its way and nodes. */
class AccessibleImportTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;
    static GraphHopper hopper;

    @BeforeAll
    static void importFixture() {
        router = PedestrianRouter.open(FixtureGraph.settings(cacheDir));
        hopper = router.graphHopper();
    }

    @AfterAll
    static void close() {
        router.close();
    }

    private static <T extends Enum<?>> T enumAt(double lat, double lon, String name, Class<T> type) {
        EdgeIteratorState edge = FixtureGraph.edgeNear(hopper, lat, lon);
        return edge.get(hopper.getEncodingManager().getEnumEncodedValue(name, type));
    }

    private static boolean boolAt(double lat, double lon, String name) {
        return FixtureGraph.edgeNear(hopper, lat, lon)
                .get(hopper.getEncodingManager().getBooleanEncodedValue(name));
    }

    @Test
    void kerbNodeWithoutBarrierTagKeepsItsTags() {
        // node 40: kerb=lowered + tactile_paving=yes only, on the crossing 21-40-2
        assertThat(enumAt(59.33007, 18.0610, "kerb", Kerb.class)).isEqualTo(Kerb.LOWERED);
        assertThat(enumAt(59.33007, 18.0610, "tactile_paving", TactilePaving.class))
                .isEqualTo(TactilePaving.YES);
    }

    @Test
    void barrierKerbDoesNotSplitTheCrossing() {
        // node 41: barrier=kerb, kerb=raised; the edge 2-41-31 stays one edge of real length
        EdgeIteratorState edge = FixtureGraph.edgeNear(hopper, 59.32997, 18.0610);
        assertThat(edge.getDistance()).isGreaterThan(5);
        assertThat(edge.get(hopper.getEncodingManager().getEnumEncodedValue("kerb", Kerb.class)))
                .isEqualTo(Kerb.RAISED);
    }

    @Test
    void signalisedCrossingWithSoundVibrationButtonAndIsland() {
        assertThat(enumAt(59.33007, 18.0610, "crossing", Crossing.class)).isEqualTo(Crossing.TRAFFIC_SIGNALS);
        assertThat(enumAt(59.33007, 18.0610, "crossed_road", CrossedRoad.class)).isEqualTo(CrossedRoad.BUSY);
        assertThat(boolAt(59.33007, 18.0610, "traffic_signals_sound")).isTrue();
        assertThat(boolAt(59.33007, 18.0610, "traffic_signals_vibration")).isTrue();
        assertThat(boolAt(59.33007, 18.0610, "button_operated")).isTrue();
        assertThat(boolAt(59.33007, 18.0610, "crossing_island")).isTrue();
    }

    @Test
    void zebraCrossingIsMarkedWithoutTactilePaving() {
        assertThat(enumAt(59.33005, 18.0620, "crossing", Crossing.class)).isEqualTo(Crossing.MARKED);
        assertThat(enumAt(59.33005, 18.0620, "tactile_paving", TactilePaving.class))
                .isEqualTo(TactilePaving.NO);
        assertThat(enumAt(59.33005, 18.0620, "crossed_road", CrossedRoad.class)).isEqualTo(CrossedRoad.BUSY);
        assertThat(boolAt(59.33005, 18.0620, "traffic_signals_sound")).isFalse();
    }

    @Test
    void roadsKnowTheirSidewalksAndSideStreets() {
        assertThat(enumAt(59.3300, 18.0605, "sidewalk", Sidewalk.class)).isEqualTo(Sidewalk.SEPARATE);
        assertThat(enumAt(59.3300, 18.0605, "crossed_road", CrossedRoad.class)).isEqualTo(CrossedRoad.NONE);
        // Storgatan 3-4 ends where Lillgatan passes: walking on, one crosses Lillgatan
        assertThat(enumAt(59.3300, 18.0626, "junction_crossing", CrossedRoad.class))
                .isEqualTo(CrossedRoad.QUIET);
        // Lillgatan 51-4 meets busy Storgatan at node 4
        assertThat(enumAt(59.3295, 18.0630, "junction_crossing", CrossedRoad.class))
                .isEqualTo(CrossedRoad.BUSY);
        assertThat(enumAt(59.3310, 18.0640, "sidewalk", Sidewalk.class)).isEqualTo(Sidewalk.NO);
    }

    @Test
    void untaggedFootwayCrossingOfASideStreet() {
        assertThat(enumAt(59.3305, 18.0627, "crossed_road", CrossedRoad.class)).isEqualTo(CrossedRoad.QUIET);
    }

    @Test
    void sidewalksNameTheirStreetFromTagsOrFromGeometry() {
        // north sidewalk: is_sidepath:of:name; south sidewalk: no tag, runs 11 m from Storgatan
        assertThat(sidewalkOf(59.33010, 18.0600, 59.33010, 18.0628)).containsOnly("Storgatan");
        assertThat(sidewalkOf(59.32990, 18.0600, 59.32990, 18.0628)).containsOnly("Storgatan");
    }

    private static java.util.Set<Object> sidewalkOf(double fromLat, double fromLon, double toLat, double toLon) {
        var response = hopper.route(new com.graphhopper.GHRequest(fromLat, fromLon, toLat, toLon)
                .setProfile("foot")
                .setPathDetails(java.util.List.of("sidewalk_of")));
        assertThat(response.getErrors()).isEmpty();
        java.util.Set<Object> names = new java.util.HashSet<>();
        response.getBest().getPathDetails().get("sidewalk_of").forEach(d -> names.add(d.getValue()));
        return names;
    }

    @Test
    void stepsSharedPathAndLight() {
        EdgeIteratorState steps = FixtureGraph.edgeNear(hopper, 59.33015, 18.0600);
        assertThat(steps.get(hopper.getEncodingManager().getIntEncodedValue("step_count")))
                .isEqualTo(12);
        assertThat(steps.get(hopper.getEncodingManager().getBooleanEncodedValue("handrail")))
                .isTrue();
        assertThat(enumAt(59.33015, 18.0632, "shared_path", SharedPath.class)).isEqualTo(SharedPath.NOT_SEGREGATED);
        assertThat(boolAt(59.33010, 18.0605, "lit")).isTrue();
        assertThat(boolAt(59.3310, 18.0640, "lit")).isFalse();
    }
}
