package se.accessiblenav.core.routing;

import java.time.Duration;
import java.util.Objects;

/**
 * How much work one route request may cost, for every profile: the nodes its search may settle and the
 * time it may take. A request that needs more is refused with {@code MaximumNodesExceededException} or
 * {@link RouteTimeoutException} instead of holding a thread while it searches a whole city.
 *
 * @param maxVisitedNodes nodes one search may settle (GraphHopper's {@code routing.max_visited_nodes})
 * @param timeout longest time one search may take (GraphHopper's {@code routing.timeout_ms})
 */
public record RouteLimits(int maxVisitedNodes, Duration timeout) {
    /**
     * A 10 km walk settles a few thousand nodes with landmarks, and searches without them (a custom model
     * with its own areas) some hundred thousand on a city of a million edges.
     */
    public static final RouteLimits DEFAULT = new RouteLimits(1_000_000, Duration.ofSeconds(5));

    public RouteLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxVisitedNodes < 1)
            throw new IllegalArgumentException("maxVisitedNodes must be positive, was " + maxVisitedNodes);
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
}
