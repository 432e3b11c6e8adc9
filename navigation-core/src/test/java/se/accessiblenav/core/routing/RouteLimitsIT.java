package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.util.exceptions.MaximumNodesExceededException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A request's search stops at its node limit and at its time limit, and says which; within the limits the
 * same request routes. On the Berlin extract, corner to corner (about 3 km).
 */
class RouteLimitsIT {
    private static final Path BERLIN_CACHE = SharedData.sharedCacheDir(SharedData.berlin());

    private static GHRequest acrossBerlin() {
        return new GHRequest(52.5780, 13.2970, 52.5925, 13.3260).setProfile("blind_cane");
    }

    private static GHResponse routeWith(RouteLimits limits, GHRequest request) {
        try (PedestrianRouter router =
                PedestrianRouter.open(new RouterSettings(SharedData.berlin(), BERLIN_CACHE).withRouteLimits(limits))) {
            return router.route(request);
        }
    }

    @Test
    void theDefaultLimitsLeaveRoomForAnyWalkOnTheMap() {
        GHResponse response = routeWith(RouteLimits.DEFAULT, acrossBerlin());
        assertThat(response.getErrors()).isEmpty();
        assertThat(response.getBest().getDistance()).isGreaterThan(2000);
    }

    @Test
    void aSearchPastItsNodeLimitIsRefusedAsSuch() {
        GHResponse response = routeWith(new RouteLimits(50, Duration.ofSeconds(5)), acrossBerlin());
        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.getErrors().get(0)).isInstanceOf(MaximumNodesExceededException.class);
    }

    @Test
    void aSearchPastItsTimeLimitIsRefusedAsSuchNotAsUnconnected() {
        // without landmarks the search settles thousands of nodes: far more than a millisecond's work
        GHResponse response = routeWith(
                new RouteLimits(1_000_000, Duration.ofMillis(1)), acrossBerlin().putHint("lm.disable", true));
        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.getErrors().get(0)).isInstanceOf(RouteTimeoutException.class);
    }
}
