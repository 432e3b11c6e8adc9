package se.accessiblenav.core.obstacle;

import se.accessiblenav.mapdata.obstacle.Obstacle;

/**
 * A route point lies on a way that a blocking obstacle closes, with no open way near it: no route can
 * avoid the obstacle there.
 */
public final class PointBlockedByObstacleException extends IllegalArgumentException {
    private final int pointIndex;
    private final transient Obstacle obstacle;

    public PointBlockedByObstacleException(int pointIndex, Obstacle obstacle) {
        super("Point " + (pointIndex + 1) + " is on a way closed by an obstacle: "
                + obstacle.data().description("en"));
        this.pointIndex = pointIndex;
        this.obstacle = obstacle;
    }

    public int pointIndex() {
        return pointIndex;
    }

    public Obstacle obstacle() {
        return obstacle;
    }
}
