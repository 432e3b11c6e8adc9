package se.accessiblenav.server.obstacle;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.accessiblenav.core.obstacle.ObstacleOverlay;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.mapdata.obstacle.AuditEntry;
import se.accessiblenav.mapdata.obstacle.ImportResult;
import se.accessiblenav.mapdata.obstacle.ImportedObstacle;
import se.accessiblenav.mapdata.obstacle.InvalidObstacleException;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoJson;
import se.accessiblenav.mapdata.obstacle.ObstacleNotFoundException;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.mapdata.obstacle.ObstacleStore;
import se.accessiblenav.server.system.ClientProblemException;
import se.accessiblenav.server.system.FatalErrors;
import se.accessiblenav.server.system.NavigationProperties;

/**
 * Writes obstacles to the store and keeps the router in step: after every accepted write the obstacles
 * active now are applied to the router. Every refresh interval a cheap check (the store's change
 * counter, and whether a validity window has started or ended) applies them again when something
 * changed: expiry, validity that starts, writes by other servers on the same database. On start the
 * active obstacles are applied again.
 */
@Service
public class ObstacleService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObstacleService.class);

    private final ObstacleStore store;
    private final PedestrianRouter router;
    private final Clock clock;
    private final ScheduledExecutorService refresher;
    private final Timer applyTimer;
    private volatile Instant lastApplied = Instant.EPOCH;
    /** The store's change counter when the router was last brought up to date. */
    private long appliedChanges = -1;
    /** The next moment a stored obstacle's validity starts or ends. */
    private Instant nextValidityChange = Instant.MAX;

    ObstacleService(
            ObstacleStore store, PedestrianRouter router, NavigationProperties properties, MeterRegistry meters) {
        this.store = store;
        this.router = router;
        this.applyTimer = Timer.builder("navigation.obstacles.apply")
                .description("Reading the active obstacles from the store and applying them to the graph")
                .register(meters);
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
        return applyTimer.record(this::applyActive);
    }

    private ObstacleOverlay.Status applyActive() {
        long changes = store.changeCounter(); // read first: a write during the refresh is seen next time
        Instant now = clock.instant();
        List<Obstacle> stored = store.list(ObstacleQuery.all());
        ObstacleOverlay.Status status = router.applyObstacles(
                stored.stream().filter(o -> o.isActiveAt(now)).toList());
        nextValidityChange = stored.stream()
                .flatMap(o -> Stream.of(o.data().validFrom(), o.data().validUntil()))
                .filter(t -> t != null && t.isAfter(now))
                .min(Comparator.naturalOrder())
                .orElse(Instant.MAX);
        appliedChanges = changes;
        lastApplied = now;
        return status;
    }

    /**
     * Applies the active obstacles again when the store changed (here or on another server) or a validity
     * window opened or closed since the last time; otherwise only notes the check.
     */
    public synchronized void refreshIfChanged() {
        Instant now = clock.instant();
        if (store.changeCounter() != appliedChanges || !now.isBefore(nextValidityChange)) refresh();
        else lastApplied = now;
    }

    private void refreshQuietly() {
        try {
            refreshIfChanged();
        } catch (RuntimeException e) {
            LOG.warn("Could not refresh obstacles from the store (will retry): {}", e.getMessage());
        } catch (Error e) {
            // an error would end the scheduled task for good, and expired obstacles would block routes
            FatalErrors.haltIfFatal(e);
            LOG.error("Could not refresh obstacles from the store (will retry)", e);
        }
    }

    /** When the router was last checked against the store. */
    public Instant lastApplied() {
        return lastApplied;
    }

    public ObstacleOverlay.Status status() {
        return router.obstacleStatus();
    }

    /** True while routes use landmarks prepared for the active obstacles, where a change slowed them down. */
    public boolean landmarksPreparedForObstacles() {
        return router.usesObstacleLandmarks();
    }

    /**
     * How often the route search was measured after an obstacle change (landmarks are prepared again only
     * where it had slowed down).
     */
    public long landmarkChecks() {
        return router.obstacleLandmarkStatus().checks();
    }

    public Obstacle create(ObstacleDraft draft, String actor) {
        onTheMap(draft);
        Obstacle created = store.create(draft, actor);
        refresh();
        LOG.info("Obstacle {} created by {}: {} {}", created.id(), actor, draft.severity(), draft.kind());
        return created;
    }

    public Obstacle update(UUID id, ObstacleDraft draft, long expectedVersion, String actor) {
        onTheMap(draft);
        Obstacle updated = store.update(id, draft, expectedVersion, actor);
        refresh();
        LOG.info("Obstacle {} updated by {} to version {}", id, actor, updated.version());
        return updated;
    }

    public void delete(UUID id, long expectedVersion, String actor) {
        store.delete(id, expectedVersion, actor);
        refresh();
        LOG.info("Obstacle {} deleted by {}", id, actor);
    }

    /** All or nothing: either every feature is stored, or none is and each rejection is reported. */
    /** A planner's file: features of stored obstacles update them, the others are created (all or nothing). */
    public ImportResult importAll(List<ObstacleGeoJson.ParsedFeature> features, String actor) {
        if (features.isEmpty()) throw new ClientProblemException("The file holds no features: nothing to import.");
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (ObstacleGeoJson.ParsedFeature f : features) {
            List<String> problems = f.ok() ? MapArea.problems(f.draft(), router.mapInfo()) : f.problems();
            if (!problems.isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("feature", f.index());
                entry.put("problems", problems);
                rejected.add(entry);
            }
        }
        if (!rejected.isEmpty())
            throw new ClientProblemException(
                    400,
                    rejected.size() + " of " + features.size()
                            + " features were rejected; nothing was imported. Fix them and import the file again"
                            + (rejected.size() > 5 ? " (the first 5 are listed)." : "."),
                    IllegalArgumentException.class.getName(),
                    // the first rejected features are listed (the answer stays small), and how many there are
                    Map.of(
                            "rejected",
                            rejected.subList(0, Math.min(5, rejected.size())),
                            "rejected_count",
                            rejected.size()));
        ImportResult result = store.importAll(
                features.stream()
                        .map(f -> new ImportedObstacle(f.id(), f.version(), f.draft()))
                        .toList(),
                actor);
        refresh();
        LOG.info(
                "Import by {}: {} obstacles created, {} updated, {} unchanged",
                actor,
                result.created().size(),
                result.updated().size(),
                result.unchanged().size());
        return result;
    }

    private void onTheMap(ObstacleDraft draft) {
        List<String> problems = MapArea.problems(draft, router.mapInfo());
        if (!problems.isEmpty()) throw new InvalidObstacleException(problems);
    }

    public Obstacle get(UUID id) {
        return store.find(id).orElseThrow(() -> new ObstacleNotFoundException(id));
    }

    public List<Obstacle> list(ObstacleQuery query) {
        return store.list(query);
    }

    public List<AuditEntry> audit(UUID obstacleId, int limit) {
        return store.audit(obstacleId, limit);
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
