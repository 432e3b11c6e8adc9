package se.accessiblenav.server.route;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.EdgeIteratorState;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.PedestrianRouter;

/**
 * Health is UP only while routing really answers: every ten seconds at most, a short walk along one street
 * of the map is routed for every walker profile. A graph that loads but cannot route (a damaged index, a
 * broken landmark set) shows DOWN, and balancers stop sending walkers to it.
 */
@Component("routing")
class RoutingHealthIndicator implements HealthIndicator {
    private static final Duration RECHECK = Duration.ofSeconds(10);
    private static final int EDGES_TRIED = 200;

    private final PedestrianRouter router;
    private double[] probe;
    private Health last;
    private long checkedAt;

    RoutingHealthIndicator(PedestrianRouter router) {
        this.router = router;
    }

    @Override
    public synchronized Health health() {
        long now = System.nanoTime();
        if (last == null || now - checkedAt > RECHECK.toNanos()) {
            last = check();
            checkedAt = now;
        }
        return last;
    }

    private Health check() {
        try {
            if (probe == null) probe = findProbe();
            if (probe == null)
                return Health.down()
                        .withDetail("routing", "no street of the map can be routed")
                        .build();
            for (WalkerProfile profile : WalkerProfile.values()) {
                GHResponse response = route(profile);
                if (response.hasErrors())
                    return Health.down()
                            .withDetail("routing", profile.profileName() + " does not route")
                            .build();
            }
            return Health.up().build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("routing", "routing fails").build();
        }
    }

    /** Both ends of the first street (of the first few hundred) that foot routes along. */
    private double[] findProbe() {
        BaseGraph graph = router.graphHopper().getBaseGraph();
        NodeAccess nodes = graph.getNodeAccess();
        int step = Math.max(1, graph.getEdges() / EDGES_TRIED);
        for (int edge = 0; edge < graph.getEdges(); edge += step) {
            EdgeIteratorState state = graph.getEdgeIteratorState(edge, Integer.MIN_VALUE);
            if (state.getDistance() < 5) continue;
            double[] candidate = {
                nodes.getLat(state.getBaseNode()), nodes.getLon(state.getBaseNode()),
                nodes.getLat(state.getAdjNode()), nodes.getLon(state.getAdjNode())
            };
            probe = candidate;
            if (!route(WalkerProfile.FOOT).hasErrors()) return candidate;
        }
        return null;
    }

    private GHResponse route(WalkerProfile profile) {
        return router.route(new GHRequest(probe[0], probe[1], probe[2], probe[3]).setProfile(profile.profileName()));
    }
}
