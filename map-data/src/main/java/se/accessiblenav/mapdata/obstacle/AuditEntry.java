package se.accessiblenav.mapdata.obstacle;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to one obstacle. {@code before} and {@code after} are the obstacle as a GeoJSON Feature
 * (text), {@code null} where there was none (before a create, after a delete).
 */
public record AuditEntry(
        long sequence, UUID obstacleId, Action action, String actor, Instant at, String before, String after) {
    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }
}
