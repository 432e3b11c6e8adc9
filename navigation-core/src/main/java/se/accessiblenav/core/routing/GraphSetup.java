package se.accessiblenav.core.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.GraphHopperConfig;
import com.graphhopper.config.LMProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.util.Constants;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.osm.AccessibilityImportRegistry;
import se.accessiblenav.core.osm.RelaxedPriority;
import se.accessiblenav.core.osm.StaticPriority;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * How the walkers' graph is built: GraphHopper's configuration (encoded values, profiles, landmarks, where
 * the landmark files live, the limits of a search) and the text that tells whether a graph cache was built
 * from the same configuration ({@link GraphCache}).
 */
final class GraphSetup {
    private static final Logger LOG = LoggerFactory.getLogger(GraphSetup.class);
    /** Bump when a parser changes what it writes, so old caches are rebuilt. */
    static final int GRAPH_FORMAT_VERSION = 10;
    /** GraphHopper's landmark files: {@code landmarks_<profile>} and {@code landmarks_subnetwork_<profile>}. */
    static final String LANDMARK_FILES = "landmarks_.*";
    /** Landmark preparations run at once; each holds its own search state (about 100 MB per million nodes). */
    static final int LANDMARK_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    static final List<String> GRAPHHOPPER_ENCODED_VALUES = List.of(
            "foot_access",
            "foot_priority",
            "foot_average_speed",
            "foot_road_access",
            "hike_rating",
            "mtb_rating",
            "road_class",
            "road_environment",
            "crossing",
            "footway",
            "surface",
            "smoothness");

    private GraphSetup() {}

    static List<String> encodedValues() {
        List<String> all = new ArrayList<>(GRAPHHOPPER_ENCODED_VALUES);
        all.addAll(AccessibilityImportRegistry.ENCODED_VALUES);
        for (WalkerProfile profile : WalkerProfile.values())
            if (profile.precomputed()) {
                all.add(StaticPriority.key(profile.profileName()));
                for (int percent : DetourBound.RELAXED_PERCENTS)
                    all.add(RelaxedPriority.key(profile.profileName(), percent));
            }
        return all;
    }

    static String profileNames() {
        return Arrays.stream(WalkerProfile.values())
                .map(WalkerProfile::profileName)
                .collect(Collectors.joining(", "));
    }

    static String configurationText(RouterSettings settings) {
        StringBuilder text = new StringBuilder()
                .append("format=")
                .append(GRAPH_FORMAT_VERSION)
                .append("\ngraphhopper=")
                .append(Constants.VERSION)
                .append("\nlandmarks=")
                .append(settings.landmarks())
                .append("\nmin_network_size=")
                .append(settings.minNetworkSize())
                .append("\nencoded_values=")
                .append(String.join(",", encodedValues()));
        for (WalkerProfile profile : WalkerProfile.values())
            text.append("\nprofile ").append(profile.profileName()).append('=').append(profile.customModelJson());
        for (Path feed : settings.transitFeeds())
            text.append("\ntransit_feed ")
                    .append(feed.getFileName())
                    .append('=')
                    .append(GraphCache.sha256(feed))
                    .append(" max_stop_distance=")
                    .append(AccessibleGraphHopper.MAX_STOP_DISTANCE_METERS);
        return text.toString();
    }

    static AccessibleGraphHopper createGraphHopper(RouterSettings settings) {
        GraphHopperConfig config = graphHopperConfig(settings);
        AccessibleGraphHopper hopper = new AccessibleGraphHopper(config, settings.transitFeeds());
        configure(hopper, config, settings);
        return hopper;
    }

    /** Configures any GraphHopper (tests pass a plain one to show what our reader fixes). */
    static GraphHopper configure(GraphHopper hopper, RouterSettings settings) {
        return configure(hopper, graphHopperConfig(settings), settings);
    }

    private static GraphHopper configure(GraphHopper hopper, GraphHopperConfig config, RouterSettings settings) {
        hopper.init(config);
        hopper.setAllowWrites(!settings.readOnly());
        hopper.setImportRegistry(new AccessibilityImportRegistry());
        hopper.setPathDetailsBuilderFactory(new AccessiblePathDetailsBuilderFactory());
        return hopper;
    }

    private static GraphHopperConfig graphHopperConfig(RouterSettings settings) {
        GraphHopperConfig config = new GraphHopperConfig();
        config.putObject("datareader.file", settings.osmFile().toAbsolutePath().toString());
        config.putObject("graph.location", settings.cacheDir().toAbsolutePath().toString());
        config.putObject("graph.encoded_values", String.join(",", encodedValues()));
        config.putObject("import.osm.ignored_highways", "");
        config.putObject("prepare.lm.landmarks", settings.landmarks());
        config.putObject("prepare.min_network_size", settings.minNetworkSize());
        // landmark weights (nodes x 16 x 4 bytes per profile, three quarters of the cache) are read through
        // the operating system's page cache instead of the heap: a city's heap after load drops from 606 to
        // 226 MB at the same route latency, and servers on one machine share the pages (docs/benchmarks.md)
        config.putObject("graph.dataaccess.type." + LANDMARK_FILES, settings.readOnly() ? "MMAP_RO" : "MMAP");
        // the four profiles' landmarks are prepared two at a time
        config.putObject("prepare.lm.threads", LANDMARK_THREADS);
        config.putObject("routing.max_visited_nodes", settings.routeLimits().maxVisitedNodes());
        config.putObject("routing.timeout_ms", settings.routeLimits().timeout().toMillis());
        List<Profile> profiles = new ArrayList<>();
        List<LMProfile> lmProfiles = new ArrayList<>();
        for (WalkerProfile walker : WalkerProfile.values()) {
            profiles.add(new Profile(walker.profileName()).setCustomModel(walker.routingModel()));
            lmProfiles.add(new LMProfile(walker.profileName()));
        }
        config.setProfiles(profiles);
        config.setLMProfiles(lmProfiles);
        return config;
    }

    /** Closes a graph that failed to open; what it half opened may fail to close. */
    private static void closeQuietly(AccessibleGraphHopper hopper) {
        try {
            hopper.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing a graph that did not open: {}", e.getMessage());
        }
    }

    /** A graph opened from the cache or imported: the hopper, which of the two, and how long it took. */
    record Opened(AccessibleGraphHopper hopper, boolean imported, long millis) {}

    /**
     * Loads the prepared graph from the cache folder if it was built from this extract and this
     * configuration; otherwise (missing, stale or unreadable) imports the extract again.
     */
    static Opened loadOrImport(RouterSettings settings) {
        long start = System.nanoTime();
        GraphCache cache = new GraphCache(settings.cacheDir(), settings.osmFile(), configurationText(settings));
        List<String> damaged = cache.isCurrent() ? cache.damagedFiles() : List.of();
        if (!damaged.isEmpty()) {
            LOG.warn("Graph cache {} is damaged ({}); it is not used", cache.dir(), String.join("; ", damaged));
            if (settings.readOnly())
                throw new RouterSetupException(
                        "The graph cache " + cache.dir().toAbsolutePath() + " is damaged: "
                                + String.join("; ", damaged),
                        "Prepare it again: bin/import-map " + settings.osmFile() + " " + cache.dir());
        } else if (cache.isCurrent()) {
            AccessibleGraphHopper hopper = createGraphHopper(settings);
            try {
                if (hopper.load()) {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    LOG.info(
                            "Loaded graph for {} from {} in {} ms",
                            settings.osmFile().getFileName(),
                            cache.dir(),
                            ms);
                    return new Opened(hopper, false, ms);
                }
            } catch (RuntimeException | java.io.IOError e) {
                // IOError: the timetable's database (MapDB) was left open by a process that did not stop cleanly
                LOG.warn("Graph cache {} cannot be read ({}); rebuilding it", cache.dir(), e.getMessage());
            }
            closeQuietly(hopper);
        } else if (Files.exists(cache.dir())) {
            LOG.info("Graph cache {} was built from another extract or configuration; rebuilding it", cache.dir());
        }
        if (settings.readOnly())
            throw new RouterSetupException(
                    "The graph cache " + cache.dir().toAbsolutePath() + " is not prepared for "
                            + settings.osmFile().getFileName() + " and this configuration (or cannot be read),"
                            + " and this server may only load it (navigation.graph.read-only)",
                    "Prepare it first: bin/import-map " + settings.osmFile() + " " + cache.dir()
                            + " (or start one server without navigation.graph.read-only)");
        cache.clear();
        cache.markBuilding();
        LOG.info("Importing {} into {} (profiles: {})", settings.osmFile(), cache.dir(), profileNames());
        AccessibleGraphHopper hopper = createGraphHopper(settings);
        hopper.importOrLoad();
        NamedPlaces.save(settings.osmFile(), cache.dir().resolve(GraphCache.PLACES_FILE));
        cache.markCurrent();
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info(
                "Import of {} finished in {} ms: {} nodes, {} edges",
                settings.osmFile().getFileName(),
                ms,
                hopper.getBaseGraph().getNodes(),
                hopper.getBaseGraph().getEdges());
        return new Opened(hopper, true, ms);
    }
}
