package se.accessiblenav.core.guidance;

import se.accessiblenav.mapdata.obstacle.ObstacleDraft;

/**
 * A planner's obstacle next to a route: where the route comes closest to it and what to say.
 *
 * @param alongMeters distance along the route from its start to the closest point
 */
public record HazardNotice(double alongMeters, double lat, double lon, ObstacleDraft obstacle) {

    /** The spoken description in the language asked for, ending as a sentence. */
    String description(String language) {
        String text = obstacle.description(language).strip();
        return text.isEmpty() || ".!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + ".";
    }
}
