package se.accessiblenav.server.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;
import se.accessiblenav.core.routing.GraphSize;
import se.accessiblenav.core.routing.PedestrianRouter;

/**
 * The router's state as metrics ({@code /actuator/prometheus}, {@code /actuator/metrics}): the graph's
 * size and how it was started, the active obstacles, and what obstacle changes have cost the landmarks.
 * Route latency per profile and obstacle application are timed where they happen ({@code navigation.route},
 * {@code navigation.obstacles.apply}).
 */
@Component
class RouterMetrics implements MeterBinder {
    private final PedestrianRouter router;

    RouterMetrics(PedestrianRouter router) {
        this.router = router;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        GraphSize graph = router.graphSize();
        Gauge.builder("navigation.graph.nodes", graph, GraphSize::nodes)
                .description("Nodes of the walking graph")
                .register(registry);
        Gauge.builder("navigation.graph.edges", graph, GraphSize::edges)
                .description("Edges of the walking graph")
                .register(registry);
        Gauge.builder("navigation.graph.start", router, r -> r.startMillis() / 1000.0)
                .description("Time the graph took to import or load at start")
                .baseUnit("seconds")
                .tag("mode", router.importedAtStart() ? "imported" : "loaded")
                .register(registry);
        Gauge.builder(
                        "navigation.obstacles.active",
                        router,
                        r -> r.obstacleStatus().activeObstacles())
                .description("Obstacles active on the graph")
                .register(registry);
        Gauge.builder(
                        "navigation.obstacles.edges",
                        router,
                        r -> r.obstacleStatus().blockedEdges())
                .description("Graph edges the active obstacles affect")
                .tag("effect", "closed")
                .register(registry);
        Gauge.builder(
                        "navigation.obstacles.edges",
                        router,
                        r -> r.obstacleStatus().hazardEdges())
                .tag("effect", "hazard")
                .register(registry);
        Gauge.builder(
                        "navigation.landmarks.checks",
                        router,
                        r -> r.obstacleLandmarkStatus().checks())
                .description("Measurements of the route search after obstacle changes")
                .register(registry);
        Gauge.builder(
                        "navigation.landmarks.preparations",
                        router,
                        r -> r.obstacleLandmarkStatus().preparations())
                .description("Landmark preparations for the active obstacles (one profile each)")
                .register(registry);
        Gauge.builder(
                        "navigation.landmarks.prepared.profiles",
                        router,
                        r -> r.obstacleLandmarkStatus().preparedProfiles())
                .description("Profiles whose routes use landmarks prepared for the active obstacles")
                .register(registry);
        Gauge.builder(
                        "navigation.landmarks.last.check",
                        router,
                        r -> r.obstacleLandmarkStatus().lastCheckMillis() / 1000.0)
                .description("Duration of the last check after an obstacle change, preparations included")
                .baseUnit("seconds")
                .register(registry);
    }
}
