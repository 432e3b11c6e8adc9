package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.util.details.PathDetail;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.profile.WalkerProfile;

/** Routes on the real Stockholm extract with every walker profile. */
class RealExtractRoutingIT {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(new RouterSettings(SharedData.stockholm(), cacheDir));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    private static GHRequest hotorgetToStureplan(String profile) {
        // Hötorget (Kungsgatan/Sveavägen) to Stureplan
        return new GHRequest(59.3355, 18.0630, 59.3358, 18.0737)
                .setProfile(profile)
                .setPathDetails(List.of(
                        "crossing",
                        "crossed_road",
                        "tactile_paving",
                        "kerb",
                        "street_name",
                        "sidewalk_of",
                        "traffic_signals_sound",
                        "road_class",
                        "step_count",
                        "surface"));
    }

    @Test
    void everyProfileFindsARouteWithDetails() {
        for (WalkerProfile profile : WalkerProfile.values()) {
            GHResponse response = router.route(hotorgetToStureplan(profile.profileName()));
            assertThat(response.getErrors()).as(profile.profileName()).isEmpty();
            assertThat(response.getBest().getDistance())
                    .as(profile.profileName())
                    .isBetween(500.0, 1500.0);
            assertThat(response.getBest().getPathDetails())
                    .containsKeys("crossing", "crossed_road", "street_name", "sidewalk_of");
        }
    }

    @Test
    void blindCaneCrossesBusyRoadsOnlyAtSignals() {
        GHResponse response = router.route(hotorgetToStureplan("blind_cane"));
        List<PathDetail> crossedRoad = response.getBest().getPathDetails().get("crossed_road");
        List<PathDetail> crossing = response.getBest().getPathDetails().get("crossing");
        for (PathDetail busy : crossedRoad) {
            if (!"busy".equals(busy.getValue())) continue;
            boolean signalled = crossing.stream()
                    .filter(c -> c.getFirst() < busy.getLast() && c.getLast() > busy.getFirst())
                    .anyMatch(c -> "traffic_signals".equals(c.getValue()));
            assertThat(signalled)
                    .as("busy crossing at points %d-%d is signalised", busy.getFirst(), busy.getLast())
                    .isTrue();
        }
    }

    @Test
    void theTwoStockholmIslandsAreNotConnected() {
        // Norrmalm (Hötorget) to Södermalm (Mariatorget): Gamla stan is not in the extract
        GHResponse response = router.route(new GHRequest(59.3355, 18.0630, 59.3170, 18.0640).setProfile("blind_cane"));
        assertThat(response.hasErrors()).isTrue();
        assertThat(response.getErrors()).anyMatch(e -> e instanceof ConnectionNotFoundException);
    }

    @Test
    void secondOpenLoadsTheCacheInsteadOfImporting() {
        try (PedestrianRouter again = PedestrianRouter.open(new RouterSettings(SharedData.stockholm(), cacheDir))) {
            assertThat(router.importedAtStart()).isTrue();
            assertThat(again.importedAtStart()).isFalse();
        }
    }
}
