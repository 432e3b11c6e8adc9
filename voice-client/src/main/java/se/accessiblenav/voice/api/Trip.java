package se.accessiblenav.voice.api;

import java.time.Instant;
import java.util.List;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;

/**
 * A trip with public transport from the server's {@code /route-pt}: when to leave, when the walker arrives,
 * a summary, and its legs in order.
 */
public record Trip(Instant leave, Instant arrive, String summaryShortText, String summaryFullText, List<Leg> legs) {
    public Trip {
        legs = List.copyOf(legs);
    }

    /** One leg of a trip. */
    public sealed interface Leg permits Walk, Ride {}

    /**
     * A walk, guided as any route.
     *
     * @param route the walk, with its cues
     * @param toStop the stop it ends at, or null when it ends at the destination
     */
    public record Walk(Route route, String toStop) implements Leg {
        public LatLon from() {
            return route.line().points().get(0);
        }

        public LatLon to() {
            return route.destination();
        }
    }

    /**
     * A ride: the vehicle's line through its stops, its cues (wait, each next stop, get off), when it leaves
     * the first stop and reaches the last.
     */
    public record Ride(
            String name, RouteLine line, List<RouteCue> cues, Instant departure, Instant arrival, String alightStop)
            implements Leg {
        public Ride {
            cues = List.copyOf(cues);
        }
    }
}
