package se.accessiblenav.core.routing;

import com.graphhopper.routing.lm.LandmarkStorage;
import com.graphhopper.routing.lm.PrepareLandmarks;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RAMDirectory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.obstacle.ObstacleEdges;
import se.accessiblenav.core.obstacle.ObstacleOverlay;

/**
 * The landmarks route requests use, kept tight while obstacles are active.
 *
 * <p>Landmarks prepared at import (no obstacles) stay correct lower bounds when obstacles close or mark
 * ways, but they get loose around them, and the search settles many more nodes. So, a short while after
 * the obstacles change, this prepares landmarks again in the background, on the graph as it is now,
 * and routes use those once they are ready. They stay correct while obstacles are only added; the moment
 * a change would make any edge cheaper than it was when they were prepared (an obstacle lifted, expired
 * or eased), routes go back to the import's landmarks, before the change is written, and a new
 * preparation is scheduled. A preparation that a change overtakes is thrown away.
 */
final class ObstacleLandmarks implements ObstacleOverlay.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObstacleLandmarks.class);

    private final BaseGraph graph;
    private final EncodingManager encoding;
    private final Map<String, LandmarkStorage> importLandmarks;
    private final Duration delay;
    private final ScheduledExecutorService worker;

    private volatile Map<String, LandmarkStorage> current;
    /** The obstacle edges {@link #current} was prepared for (NONE for the import's landmarks). */
    private ObstacleEdges preparedFor = ObstacleEdges.NONE;

    private long changes;
    private ScheduledFuture<?> pending;

    ObstacleLandmarks(
            BaseGraph graph, EncodingManager encoding, Map<String, LandmarkStorage> importLandmarks, Duration delay) {
        this.graph = graph;
        this.encoding = encoding;
        this.importLandmarks = Map.copyOf(importLandmarks);
        this.current = this.importLandmarks;
        this.delay = delay;
        this.worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "obstacle-landmarks");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    /** The landmarks for the next route request, by profile name. */
    Map<String, LandmarkStorage> current() {
        return current;
    }

    /** True while routes use landmarks prepared with obstacles on the graph. */
    boolean obstacleAware() {
        return current != importLandmarks;
    }

    @Override
    public synchronized void changing(ObstacleEdges next) {
        changes++;
        if (obstacleAware() && !next.costsAtLeast(preparedFor)) {
            current = importLandmarks;
            preparedFor = ObstacleEdges.NONE;
            LOG.debug("Obstacles eased: routes use the import's landmarks until new ones are prepared");
        }
    }

    @Override
    public synchronized void changed(ObstacleEdges now) {
        if (pending != null) pending.cancel(false);
        pending = null;
        if (now.isEmpty()) return; // the import's landmarks are exact again
        long change = changes;
        pending = worker.schedule(() -> prepareLogged(change, now), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void prepareLogged(long change, ObstacleEdges edges) {
        try {
            prepare(change, edges);
        } catch (RuntimeException e) {
            LOG.warn(
                    "Landmarks for the active obstacles could not be prepared; routes keep the import's: {}",
                    e.toString());
        }
    }

    private void prepare(long change, ObstacleEdges edges) {
        long start = System.nanoTime();
        Map<String, LandmarkStorage> fresh = new LinkedHashMap<>();
        for (var entry : importLandmarks.entrySet()) {
            if (overtaken(change)) return;
            LandmarkStorage model = entry.getValue();
            PrepareLandmarks preparation = new PrepareLandmarks(
                    new RAMDirectory(), graph, encoding, model.getLMConfig(), model.getLandmarkCount());
            // the import's smallest network with landmarks (GraphHopper refuses to set less than 2)
            if (model.getMinimumNodes() >= 2) preparation.setMinimumNodes(model.getMinimumNodes());
            preparation.doWork();
            fresh.put(entry.getKey(), preparation.getLandmarkStorage());
        }
        synchronized (this) {
            if (changes != change) return;
            current = Map.copyOf(fresh);
            preparedFor = edges;
        }
        LOG.info(
                "Landmarks prepared for {} closed and {} marked edges in {} ms ({} profiles)",
                edges.blocked().cardinality(),
                edges.hazard().cardinality(),
                (System.nanoTime() - start) / 1_000_000,
                fresh.size());
    }

    private synchronized boolean overtaken(long change) {
        return changes != change;
    }

    /** Waits until no preparation is scheduled or running (for benchmarks and tests); false on timeout. */
    boolean awaitPrepared(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        ScheduledFuture<?> task;
        while ((task = pending()) != null && !task.isDone()) {
            try {
                task.get(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | CancellationException e) {
                // overtaken by a later change: wait for what is pending now
            } catch (TimeoutException e) {
                return false;
            }
        }
        return true;
    }

    private synchronized ScheduledFuture<?> pending() {
        return pending;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
