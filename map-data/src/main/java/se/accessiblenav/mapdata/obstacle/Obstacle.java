package se.accessiblenav.mapdata.obstacle;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored obstacle: the planner's data plus who created and last changed it, and when. {@code
 * version} starts at 1 and grows with every change; writers name the version they read, so two
 * planners cannot silently overwrite each other.
 */
public record Obstacle(
        UUID id,
        ObstacleDraft data,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public boolean isActiveAt(Instant time) {
        return data.isActiveAt(time);
    }
}
