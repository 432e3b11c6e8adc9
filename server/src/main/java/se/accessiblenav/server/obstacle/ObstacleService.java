package se.accessiblenav.server.obstacle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.accessiblenav.core.obstacle.ObstacleOverlay;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.mapdata.obstacle.AuditEntry;
import se.accessiblenav.mapdata.obstacle.InvalidObstacleException;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoJson;
import se.accessiblenav.mapdata.obstacle.ObstacleNotFoundException;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.mapdata.obstacle.ObstacleStore;
import se.accessiblenav.mapdata.obstacle.VersionConflictException;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.NavigationProperties;

/**
 * Writes obstacles to the store and keeps the router in step: after every accepted write, and every
 * refresh interval (validity that starts or ends, writes by other servers on the same database), the
 * obstacles active now are applied to the router. On start the active obstacles are applied again.
 */
@Service
public class ObstacleService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObstacleService.class);

    private final ObstacleStore store;
    private final PedestrianRouter router;
    private final Clock clock;
    private final ScheduledExecutorService refresher;
    private volatile Instant lastApplied = Instant.EPOCH;

    ObstacleService(ObstacleStore store, PedestrianRouter router, NavigationProperties properties) {
        this.store = store;
        this.router = router;
        this.clock = Clock.systemUTC();
        ObstacleOverlay.Status status = refresh();
        LOG.info(
                "Obstacles applied at start: {} active, {} ways closed, {} ways marked as hazards",
                status.activeObstacles(),
                status.blockedEdges(),
                status.hazardEdges());
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "obstacle-refresh");
            t.setDaemon(true);
            return t;
        });
        long every = properties.obstacles().refreshInterval().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Applies the obstacles active now to the router. */
    public synchronized ObstacleOverlay.Status refresh() {
        Instant now = clock.instant();
        ObstacleOverlay.Status status = router.applyObstacles(store.list(ObstacleQuery.activeAt(now)));
        lastApplied = now;
        return status;
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh obstacles from the store (will retry): {}", e.getMessage());
        }
    }

    public Instant lastApplied() {
        return lastApplied;
    }

    public ObstacleOverlay.Status status() {
        return router.obstacleStatus();
    }

    public Obstacle create(ObstacleDraft draft, String actor) {
        Obstacle created = write(() -> store.create(draft, actor));
        LOG.info("Obstacle {} created by {}: {} {}", created.id(), actor, draft.severity(), draft.kind());
        return created;
    }

    public Obstacle update(UUID id, ObstacleDraft draft, long expectedVersion, String actor) {
        Obstacle updated = write(() -> store.update(id, draft, expectedVersion, actor));
        LOG.info("Obstacle {} updated by {} to version {}", id, actor, updated.version());
        return updated;
    }

    public void delete(UUID id, long expectedVersion, String actor) {
        write(() -> {
            store.delete(id, expectedVersion, actor);
            return null;
        });
        LOG.info("Obstacle {} deleted by {}", id, actor);
    }

    /** All or nothing: either every feature is stored, or none is and each rejection is reported. */
    public List<Obstacle> importAll(List<ObstacleGeoJson.ParsedFeature> features, String actor) {
        if (features.isEmpty()) throw new ClientProblemException("The file holds no features: nothing to import.");
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (ObstacleGeoJson.ParsedFeature f : features)
            if (!f.ok()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("feature", f.index());
                entry.put("problems", f.problems());
                rejected.add(entry);
            }
        if (!rejected.isEmpty())
            throw new ClientProblemException(
                    400,
                    rejected.size() + " of " + features.size()
                            + " features were rejected; nothing was imported. Fix them and import the file again.",
                    InvalidObstacleException.class.getName(),
                    Map.of("rejected", rejected));
        List<Obstacle> created = write(() -> store.createAll(
                features.stream().map(ObstacleGeoJson.ParsedFeature::draft).toList(), actor));
        LOG.info("{} obstacles imported by {}", created.size(), actor);
        return created;
    }

    public Optional<Obstacle> find(UUID id) {
        return store.find(id);
    }

    public Obstacle get(UUID id) {
        return store.find(id).orElseThrow(() -> notFound(new ObstacleNotFoundException(id)));
    }

    public List<Obstacle> list(ObstacleQuery query) {
        return store.list(query);
    }

    public List<AuditEntry> audit(UUID obstacleId, int limit) {
        return store.audit(obstacleId, limit);
    }

    private <T> T write(java.util.function.Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (InvalidObstacleException e) {
            throw new ClientProblemException(
                    400, e.getMessage(), InvalidObstacleException.class.getName(), Map.of("problems", e.problems()));
        } catch (VersionConflictException e) {
            throw new ClientProblemException(
                    409,
                    e.getMessage(),
                    VersionConflictException.class.getName(),
                    Map.of("current_version", e.currentVersion()));
        } catch (ObstacleNotFoundException e) {
            throw notFound(e);
        }
        refresh();
        return result;
    }

    private static ClientProblemException notFound(ObstacleNotFoundException e) {
        return new ClientProblemException(404, e.getMessage(), ObstacleNotFoundException.class.getName(), Map.of());
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
