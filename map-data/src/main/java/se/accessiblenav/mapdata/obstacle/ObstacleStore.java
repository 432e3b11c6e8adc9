package se.accessiblenav.mapdata.obstacle;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where obstacles live. Every write is validated, versioned and audited in one transaction: a write
 * that fails leaves nothing behind. Implementations: {@link JdbcObstacleStore} on H2 (embedded) or
 * PostGIS.
 */
public interface ObstacleStore {
    /** @throws InvalidObstacleException when the draft cannot be stored */
    Obstacle create(ObstacleDraft draft, String actor);

    /**
     * Stores all drafts or none.
     *
     * @throws InvalidObstacleException naming every rejected draft by its position
     */
    List<Obstacle> createAll(List<ObstacleDraft> drafts, String actor);

    /**
     * A planner's file, all or nothing: features with a stored obstacle's id update it (or leave it when
     * nothing changed), the others are created. Importing an export again creates nothing.
     *
     * @throws InvalidObstacleException naming every rejected feature by its position
     * @throws VersionConflictException when a feature was exported at a version someone has changed since
     */
    ImportResult importAll(List<ImportedObstacle> items, String actor);

    /**
     * @param expectedVersion the version the writer read
     * @throws VersionConflictException when someone else changed it since
     * @throws ObstacleNotFoundException when it does not exist (or was deleted)
     */
    Obstacle update(UUID id, ObstacleDraft draft, long expectedVersion, String actor);

    /** Same checks as {@link #update}. */
    void delete(UUID id, long expectedVersion, String actor);

    Optional<Obstacle> find(UUID id);

    List<Obstacle> list(ObstacleQuery query);

    /** Newest first; {@code obstacleId} null for every obstacle's changes. */
    List<AuditEntry> audit(UUID obstacleId, int limit);

    /** A number that changes whenever anything is written (also by another server on the same database). */
    long changeCounter();
}
