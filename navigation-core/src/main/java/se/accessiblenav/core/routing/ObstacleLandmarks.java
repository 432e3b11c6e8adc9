package se.accessiblenav.core.routing;

import com.graphhopper.routing.lm.LandmarkStorage;
import com.graphhopper.routing.lm.PrepareLandmarks;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RAMDirectory;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.obstacle.ObstacleEdges;
import se.accessiblenav.core.obstacle.ObstacleOverlay;

/**
 * The landmarks route requests use, per profile, prepared again for the active obstacles only when the
 * measured slowdown calls for it.
 *
 * <p>Landmarks prepared at import (no obstacles) stay correct lower bounds when obstacles close or mark
 * ways, but they get loose around them, and the search settles more nodes. How many more depends on the
 * map: a thousand obstacles on a city of a million edges hardly matter, the same on a crop of a few
 * thousand edges triple the work. Preparing landmarks costs a pass over the whole graph per profile
 * (minutes of CPU on a big city), so, a short while after the obstacles change, this measures instead: a
 * {@link LandmarkProbe} routes a fixed set of walks with each profile and counts the settled nodes. A
 * profile whose count has grown to {@code slowdownToPrepare} times what it was when its landmarks fitted
 * gets landmarks prepared on the graph as it is now, in the background; the others keep theirs.
 *
 * <p>Prepared landmarks stay correct while obstacles are only added; the moment a change would make any
 * edge cheaper than it was when they were prepared (an obstacle lifted, expired or eased), that profile's
 * routes go back to the import's landmarks, before the change is written. A check that a change
 * overtakes is thrown away.
 */
final class ObstacleLandmarks implements ObstacleOverlay.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ObstacleLandmarks.class);
    /** Longest wait at close for a running check; the probe stops at its next walk when interrupted. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final BaseGraph graph;
    private final EncodingManager encoding;
    private final Map<String, LandmarkStorage> importLandmarks;
    private final Duration delay;
    private final double slowdownToPrepare;
    private final ToLongFunction<String> settledNodes;
    private final ScheduledExecutorService worker;
    /** The probe's settled nodes per profile with the import's landmarks and no obstacle. */
    private final Future<Map<String, Long>> importEffort;

    private volatile Map<String, LandmarkStorage> current;
    /** Per profile using prepared landmarks: the obstacle edges they were prepared for. */
    private final Map<String, ObstacleEdges> preparedFor = new HashMap<>();
    /** Per profile whose landmarks were prepared: the probe's settled nodes right after. */
    private final Map<String, Long> preparedEffort = new HashMap<>();

    private long changes;
    private ScheduledFuture<?> pending;
    private long checks;
    private long preparations;
    private long lastCheckMillis;

    /**
     * @param slowdownToPrepare prepare a profile's landmarks again when the probe settles this many times
     *     the nodes it did when they fitted; 0: after every change, without measuring
     * @param settledNodes the probe: settled nodes over its walks for a profile, with the current landmarks
     */
    ObstacleLandmarks(
            BaseGraph graph,
            EncodingManager encoding,
            Map<String, LandmarkStorage> importLandmarks,
            Duration delay,
            double slowdownToPrepare,
            ToLongFunction<String> settledNodes) {
        this.graph = graph;
        this.encoding = encoding;
        this.importLandmarks = Map.copyOf(importLandmarks);
        this.current = this.importLandmarks;
        this.delay = delay;
        this.slowdownToPrepare = slowdownToPrepare;
        this.settledNodes = settledNodes;
        this.worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "obstacle-landmarks");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
        // measured once, before any obstacle is written: changing() waits for it
        this.importEffort = alwaysPrepare() ? null : worker.submit(() -> probeAll());
    }

    private boolean alwaysPrepare() {
        return slowdownToPrepare == 0;
    }

    private Map<String, Long> probeAll() {
        Map<String, Long> effort = new HashMap<>();
        for (String profile : importLandmarks.keySet()) {
            if (Thread.currentThread().isInterrupted()) break; // closing
            effort.put(profile, settledNodes.applyAsLong(profile));
        }
        return effort;
    }

    /** The landmarks for the next route request, by profile name. */
    Map<String, LandmarkStorage> current() {
        return current;
    }

    /** True while some profile's routes use landmarks prepared with obstacles on the graph. */
    synchronized boolean obstacleAware() {
        return !preparedFor.isEmpty();
    }

    synchronized ObstacleLandmarkStatus status() {
        return new ObstacleLandmarkStatus(checks, preparations, lastCheckMillis, preparedFor.size());
    }

    @Override
    public synchronized void changing(ObstacleEdges next) {
        awaitImportEffort();
        changes++;
        Map<String, LandmarkStorage> updated = new HashMap<>(current);
        preparedFor.entrySet().removeIf(prepared -> {
            if (next.costsAtLeast(prepared.getValue())) return false;
            updated.put(prepared.getKey(), importLandmarks.get(prepared.getKey()));
            preparedEffort.remove(prepared.getKey());
            LOG.debug("Obstacles eased: {} routes use the import's landmarks", prepared.getKey());
            return true;
        });
        current = Map.copyOf(updated);
    }

    @Override
    public synchronized void changed(ObstacleEdges now) {
        if (pending != null) pending.cancel(false);
        pending = null;
        if (now.isEmpty()) return; // the import's landmarks are exact again
        long change = changes;
        pending = worker.schedule(() -> checkLogged(change, now), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkLogged(long change, ObstacleEdges edges) {
        try {
            check(change, edges);
        } catch (RuntimeException e) {
            LOG.warn("Landmarks for the active obstacles could not be checked or prepared: {}", e.toString());
        }
    }

    private void check(long change, ObstacleEdges edges) {
        long start = System.nanoTime();
        Map<String, String> outcome = new LinkedHashMap<>();
        int prepared = 0;
        for (String profile : importLandmarks.keySet()) {
            if (overtaken(change)) return;
            if (!alwaysPrepare()) {
                double slowdown = (double) settledNodes.applyAsLong(profile) / Math.max(1, fittedEffort(profile));
                outcome.put(profile, String.format("%.2fx", slowdown));
                if (slowdown < slowdownToPrepare) continue;
            }
            LandmarkStorage fresh = prepare(profile);
            synchronized (this) {
                if (changes != change) return;
                Map<String, LandmarkStorage> updated = new HashMap<>(current);
                updated.put(profile, fresh);
                current = Map.copyOf(updated);
                preparedFor.put(profile, edges);
            }
            if (!alwaysPrepare()) {
                long effort = settledNodes.applyAsLong(profile);
                synchronized (this) {
                    if (changes == change) preparedEffort.put(profile, effort);
                }
            }
            outcome.merge(profile, "prepared", (slowdown, done) -> slowdown + " prepared");
            prepared++;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        synchronized (this) {
            checks++;
            preparations += prepared;
            lastCheckMillis = millis;
        }
        LOG.info(
                "Obstacles ({} closed, {} marked edges): landmarks checked in {} ms; route search against when"
                        + " the landmarks fitted: {} (prepared again from {}x)",
                edges.blocked().cardinality(),
                edges.hazard().cardinality(),
                millis,
                outcome,
                slowdownToPrepare);
    }

    /** The probe's settled nodes when the profile's current landmarks fitted the obstacles. */
    private synchronized long fittedEffort(String profile) {
        Long prepared = preparedEffort.get(profile);
        return prepared != null ? prepared : awaitImportEffort().getOrDefault(profile, 0L);
    }

    private LandmarkStorage prepare(String profile) {
        LandmarkStorage model = importLandmarks.get(profile);
        PrepareLandmarks preparation = new PrepareLandmarks(
                new RAMDirectory(), graph, encoding, model.getLMConfig(), model.getLandmarkCount());
        // the import's smallest network with landmarks (GraphHopper refuses to set less than 2)
        if (model.getMinimumNodes() >= 2) preparation.setMinimumNodes(model.getMinimumNodes());
        preparation.doWork();
        return preparation.getLandmarkStorage();
    }

    private Map<String, Long> awaitImportEffort() {
        if (importEffort == null) return Map.of();
        try {
            return importEffort.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while measuring the route search", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The route search could not be measured", e.getCause());
        }
    }

    private synchronized boolean overtaken(long change) {
        return changes != change;
    }

    /** Waits until no check is scheduled or running (for benchmarks and tests); false on timeout. */
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

    /**
     * Stops the checks and preparations and waits for the one running to end: the graph and its
     * memory-mapped landmark files are closed after this, and a search still reading them would crash the
     * process.
     */
    @Override
    public void close() {
        worker.shutdownNow();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                LOG.warn("A landmark check was still running {} s after close", CLOSE_WAIT.toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
