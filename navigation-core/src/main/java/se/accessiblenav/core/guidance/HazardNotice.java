package se.accessiblenav.core.guidance;

import se.accessiblenav.mapdata.obstacle.ObstacleKind;
import se.accessiblenav.mapdata.obstacle.Severity;

/**
 * A planner's obstacle next to a route: where the route comes closest to it and what to say.
 *
 * @param alongMeters distance along the route from its start to the closest point
 */
public record HazardNotice(
        double alongMeters,
        double lat,
        double lon,
        ObstacleKind kind,
        Severity severity,
        String descriptionEn,
        String descriptionSv) {

    String description(String language) {
        String preferred = "sv".equals(language) ? descriptionSv : descriptionEn;
        String other = "sv".equals(language) ? descriptionEn : descriptionSv;
        String text = (preferred != null && !preferred.isBlank() ? preferred : other == null ? "" : other).strip();
        return text.isEmpty() || ".!?".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + ".";
    }
}
