package se.accessiblenav.server.obstacle;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;

/**
 * An obstacle must lie on the map this server routes on (with a margin of about 2 km). Coordinates given
 * in the wrong coordinate system land far away (SWEREF 99 numbers read as degrees, or degrees read as
 * SWEREF 99 metres, put Stockholm's works in the Gulf of Guinea); such an obstacle would protect nobody,
 * so it is refused with a hint about {@code crs}.
 */
final class MapArea {
    private static final double MARGIN_DEGREES = 0.02;

    private MapArea() {}

    /** Why the obstacle cannot be on this map, or nothing. */
    static List<String> problems(ObstacleDraft draft, MapInfo map) {
        if (draft == null || draft.geometry() == null || draft.geometry().isEmpty()) return List.of();
        Envelope area = new Envelope(
                map.minLon() - MARGIN_DEGREES,
                map.maxLon() + MARGIN_DEGREES,
                map.minLat() - MARGIN_DEGREES,
                map.maxLat() + MARGIN_DEGREES);
        Envelope obstacle = draft.geometry().getEnvelopeInternal();
        if (area.intersects(obstacle)) return List.of();
        return List.of(String.format(
                Locale.ROOT,
                "The obstacle lies at latitude %.5f, longitude %.5f, outside the map this server routes on"
                        + " (latitude %.4f to %.4f, longitude %.4f to %.4f). Are the coordinates in another coordinate"
                        + " system? Say which with ?crs=EPSG:3006 (or the file's own crs).",
                obstacle.centre().y,
                obstacle.centre().x,
                map.minLat(),
                map.maxLat(),
                map.minLon(),
                map.maxLon()));
    }
}
