package se.accessiblenav.mapdata.obstacle;

import java.util.UUID;

public final class ObstacleNotFoundException extends RuntimeException {
    public ObstacleNotFoundException(UUID id) {
        super("There is no obstacle " + id + ".");
    }
}
