package se.accessiblenav.core.routing;

import java.time.Duration;

/**
 * The route search was stopped at its time limit ({@link RouteLimits#timeout()}): the server was too busy
 * or the request too costly to answer in time. Not a statement that no route exists.
 */
public final class RouteTimeoutException extends RuntimeException {
    private final Duration limit;

    public RouteTimeoutException(Duration limit) {
        super("The route search was stopped after its time limit of " + limit.toMillis() + " ms");
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }
}
