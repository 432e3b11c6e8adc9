package se.accessiblenav.core.routing;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the map comes from and where the prepared graph is kept.
 *
 * @param osmFile the OSM extract (.osm.pbf or .osm)
 * @param cacheDir folder of the prepared graph; rebuilt when the extract or the profiles change
 * @param landmarks number of landmarks for the LM speed-up (GraphHopper's default is 16)
 * @param minNetworkSize islands of fewer nodes are not routable (GraphHopper's default 200; 0 keeps all,
 *     for tiny test maps)
 * @param obstacleLandmarkSlowdown landmarks are prepared again for the active obstacles when the route
 *     search settles this many times the nodes it did when they fitted ({@link ObstacleLandmarks}); 0
 *     prepares them after every change
 * @param routeLimits the work one route request may cost
 * @param readOnly load a cache prepared beforehand ({@code bin/import-map}) and never write to it: several
 *     servers may share the folder; a missing or stale cache is an error instead of a new import
 * @param transitFeeds GTFS timetables (zip files) for walks with public transport; none: walking only
 */
public record RouterSettings(
        Path osmFile,
        Path cacheDir,
        int landmarks,
        int minNetworkSize,
        double obstacleLandmarkSlowdown,
        RouteLimits routeLimits,
        boolean readOnly,
        List<Path> transitFeeds) {
    /** Slower than this, and landmarks are worth preparing again: routes stay well within 1.5× their time. */
    public static final double DEFAULT_OBSTACLE_LANDMARK_SLOWDOWN = 1.3;

    public RouterSettings {
        Objects.requireNonNull(osmFile, "osmFile");
        Objects.requireNonNull(cacheDir, "cacheDir");
        Objects.requireNonNull(routeLimits, "routeLimits");
        transitFeeds = List.copyOf(transitFeeds);
        if (landmarks < 2 || landmarks > 64)
            throw new IllegalArgumentException("landmarks must be 2..64, was " + landmarks);
        if (minNetworkSize < 0)
            throw new IllegalArgumentException("minNetworkSize must be >= 0, was " + minNetworkSize);
        if (!(obstacleLandmarkSlowdown == 0 || obstacleLandmarkSlowdown >= 1))
            throw new IllegalArgumentException(
                    "obstacleLandmarkSlowdown must be 0 (always) or at least 1, was " + obstacleLandmarkSlowdown);
    }

    public RouterSettings(
            Path osmFile,
            Path cacheDir,
            int landmarks,
            int minNetworkSize,
            double obstacleLandmarkSlowdown,
            RouteLimits routeLimits,
            boolean readOnly) {
        this(osmFile, cacheDir, landmarks, minNetworkSize, obstacleLandmarkSlowdown, routeLimits, readOnly, List.of());
    }

    public RouterSettings(Path osmFile, Path cacheDir, int landmarks, int minNetworkSize) {
        this(
                osmFile,
                cacheDir,
                landmarks,
                minNetworkSize,
                DEFAULT_OBSTACLE_LANDMARK_SLOWDOWN,
                RouteLimits.DEFAULT,
                false);
    }

    /** The same map and graph; landmarks prepared again when routes get this much slower (0: always). */
    public RouterSettings withObstacleLandmarkSlowdown(double slowdown) {
        return new RouterSettings(
                osmFile, cacheDir, landmarks, minNetworkSize, slowdown, routeLimits, readOnly, transitFeeds);
    }

    /** The same map and graph, with these limits on each route request. */
    public RouterSettings withRouteLimits(RouteLimits limits) {
        return new RouterSettings(
                osmFile, cacheDir, landmarks, minNetworkSize, obstacleLandmarkSlowdown, limits, readOnly, transitFeeds);
    }

    /** The same map and graph, loaded read-only from a cache prepared beforehand (or not loaded at all). */
    public RouterSettings withReadOnlyCache(boolean readOnly) {
        return new RouterSettings(
                osmFile,
                cacheDir,
                landmarks,
                minNetworkSize,
                obstacleLandmarkSlowdown,
                routeLimits,
                readOnly,
                transitFeeds);
    }

    /** The same map, with these timetables for walks with public transport (the cache is rebuilt). */
    public RouterSettings withTransitFeeds(List<Path> feeds) {
        return new RouterSettings(
                osmFile, cacheDir, landmarks, minNetworkSize, obstacleLandmarkSlowdown, routeLimits, readOnly, feeds);
    }

    public RouterSettings(Path osmFile, Path cacheDir) {
        this(osmFile, cacheDir, 16, 200);
    }
}
