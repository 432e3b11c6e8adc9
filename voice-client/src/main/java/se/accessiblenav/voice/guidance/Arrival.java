package se.accessiblenav.voice.guidance;

import java.time.Instant;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.speech.Priority;

/**
 * Whether the walker has arrived: only near the end of the route, measured along it, and on the route or
 * at the destination. Being near the destination in a straight line is not arriving: a walker across a
 * busy street from it, with the crossing 400 m away, heard "You have arrived" and stopped there.
 */
final class Arrival {
    private Arrival() {}

    static boolean reached(Route route, GuidanceSettings settings, Fix fix, RouteLine.Projection at) {
        double remaining = route.lengthMeters() - at.alongMeters();
        if (remaining > settings.arrivalDistanceMeters()) return false;
        double straight = fix.position().distanceMetersTo(route.destination());
        return at.offsetMeters() <= settings.offRouteMeters() || straight <= settings.arrivalDistanceMeters();
    }

    /** The route's own arrival sentence (which says on which side the destination is, when the server knows). */
    static GuidanceEvent announcement(Route route, Instant time) {
        RouteCue arrival =
                route.cues().stream().filter(RouteCue::isArrival).findFirst().orElse(null);
        return GuidanceEvent.say(
                time,
                GuidanceEvent.Type.ARRIVAL,
                arrival == null ? "" : arrival.id(),
                arrival == null ? "" : arrival.fullText(),
                Priority.GUIDANCE);
    }
}
