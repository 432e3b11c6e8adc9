package se.accessiblenav.mapdata.obstacle;

import java.time.Instant;
import se.accessiblenav.mapdata.extract.BoundingBox;

/**
 * Which obstacles to list.
 *
 * @param area only obstacles whose bounds meet this box; {@code null} for all
 * @param activeAt only obstacles valid at this moment; {@code null} for any time
 */
public record ObstacleQuery(BoundingBox area, Instant activeAt) {
    public static ObstacleQuery all() {
        return new ObstacleQuery(null, null);
    }

    public static ObstacleQuery activeAt(Instant time) {
        return new ObstacleQuery(null, time);
    }
}
