package se.accessiblenav.core.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.GraphHopperConfig;
import com.graphhopper.ResponsePath;
import com.graphhopper.config.LMProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.Constants;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.shapes.BBox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.LocationDescriber;
import se.accessiblenav.core.guidance.LocationDescription;
import se.accessiblenav.core.guidance.PlaceDescription;
import se.accessiblenav.core.guidance.RouteGuidance;
import se.accessiblenav.core.obstacle.ObstacleOverlay;
import se.accessiblenav.core.obstacle.PointBlockedByObstacleException;
import se.accessiblenav.core.osm.AccessibilityImportRegistry;
import se.accessiblenav.core.osm.PlaceIndex;
import se.accessiblenav.core.osm.StaticPriority;
import se.accessiblenav.core.osm.StreetSegmentGrid;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.mapdata.obstacle.Obstacle;

/**
 * The one door to GraphHopper: builds or loads the walkers' graph and answers route requests. Every
 * walker profile is prepared with landmarks (LM), so requests stay fast and may still carry a custom
 * model that only raises weights (obstacles, personal preferences).
 */
public final class PedestrianRouter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PedestrianRouter.class);
    /** Bump when a parser changes what it writes, so old caches are rebuilt. */
    static final int GRAPH_FORMAT_VERSION = 7;
    /** A point on a closed way may still be served by an open way at most this much farther away. */
    static final double BLOCKED_POINT_SLACK_METERS = 10;
    /** Landmarks are prepared for the active obstacles once they have not changed for this long. */
    public static final java.time.Duration OBSTACLE_LANDMARKS_DELAY = java.time.Duration.ofSeconds(1);

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

    private final GraphHopper hopper;
    private final boolean importedAtStart;
    private final long startMillis;
    private final GuidanceComposer guidance;
    private final LocationFinder locations;
    /** Read on first use: only "around me" needs it, and a warm start should not re-read the extract. */
    private volatile PlaceIndex places;

    private final LocationDescriber describer = new LocationDescriber();
    private final ObstacleOverlay obstacles;
    private final ObstacleLandmarks obstacleLandmarks;
    private final RouteLimits routeLimits;
    private final Path cacheDir;

    private static final String FOOT_ACCESS = com.graphhopper.routing.ev.VehicleAccess.key("foot");

    private PedestrianRouter(
            AccessibleGraphHopper hopper, boolean importedAtStart, long startMillis, RouterSettings settings) {
        this.hopper = hopper;
        this.routeLimits = settings.routeLimits();
        this.cacheDir = settings.cacheDir();
        this.importedAtStart = importedAtStart;
        this.startMillis = startMillis;
        StreetSegmentGrid streets = StreetGrids.of(
                hopper.getBaseGraph(), hopper.getEncodingManager().getEnumEncodedValue(RoadClass.KEY, RoadClass.class));
        var encoding = hopper.getEncodingManager();
        this.guidance = new GuidanceComposer(
                new GraphStreetLookup(streets),
                new GraphJunctionLookup(
                        hopper.getBaseGraph(),
                        encoding.hasEncodedValue(FOOT_ACCESS) ? encoding.getBooleanEncodedValue(FOOT_ACCESS) : null));
        this.locations = new LocationFinder(hopper, streets);
        LandmarkProbe probe = new LandmarkProbe(hopper);
        this.obstacleLandmarks = new ObstacleLandmarks(
                hopper.getBaseGraph(),
                encoding,
                hopper.getLandmarks(),
                OBSTACLE_LANDMARKS_DELAY,
                settings.obstacleLandmarkSlowdown(),
                probe::settledNodes);
        hopper.useLandmarks(obstacleLandmarks::current);
        this.obstacles = new ObstacleOverlay(
                hopper.getBaseGraph(),
                hopper.getLocationIndex(),
                encoding.getBooleanEncodedValue(AccessibilityImportRegistry.OBSTACLE_BLOCKED),
                encoding.getBooleanEncodedValue(AccessibilityImportRegistry.OBSTACLE_HAZARD),
                obstacleLandmarks);
        Thread placeReader = new Thread(
                () -> {
                    try {
                        places();
                    } catch (RuntimeException e) {
                        LOG.warn("Named places could not be read; routes get no landmark cues: {}", e.getMessage());
                    }
                },
                "place-index");
        placeReader.setDaemon(true);
        placeReader.start();
    }

    /**
     * Loads the prepared graph from the cache folder if it was built from this extract and these
     * profiles; otherwise (missing, stale or unreadable) imports the extract again.
     */
    public static PedestrianRouter open(RouterSettings settings) {
        if (!Files.isRegularFile(settings.osmFile()))
            throw new RouterSetupException(
                    "OSM file not found: " + settings.osmFile().toAbsolutePath(),
                    "Point navigation.map.osm-file to an OSM extract (.osm.pbf or .osm).");
        long start = System.nanoTime();
        GraphCache cache = new GraphCache(settings.cacheDir(), settings.osmFile(), configurationText(settings));
        if (cache.isCurrent()) {
            AccessibleGraphHopper hopper = createGraphHopper(settings);
            try {
                if (hopper.load()) {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    LOG.info(
                            "Loaded graph for {} from {} in {} ms",
                            settings.osmFile().getFileName(),
                            cache.dir(),
                            ms);
                    return new PedestrianRouter(hopper, false, ms, settings);
                }
            } catch (RuntimeException e) {
                LOG.warn("Graph cache {} cannot be read ({}); rebuilding it", cache.dir(), e.getMessage());
            }
            hopper.close();
        } else if (Files.exists(cache.dir())) {
            LOG.info("Graph cache {} was built from another extract or configuration; rebuilding it", cache.dir());
        }
        cache.clear();
        cache.markBuilding();
        LOG.info("Importing {} into {} (profiles: {})", settings.osmFile(), cache.dir(), profileNames());
        AccessibleGraphHopper hopper = createGraphHopper(settings);
        hopper.importOrLoad();
        savePlaces(settings.osmFile(), cache.dir().resolve(GraphCache.PLACES_FILE));
        cache.markCurrent();
        long ms = (System.nanoTime() - start) / 1_000_000;
        LOG.info(
                "Import of {} finished in {} ms: {} nodes, {} edges",
                settings.osmFile().getFileName(),
                ms,
                hopper.getBaseGraph().getNodes(),
                hopper.getBaseGraph().getEdges());
        return new PedestrianRouter(hopper, true, ms, settings);
    }

    /**
     * Routes a request. A start, stop or destination on a way closed by an obstacle, with no open way
     * close by, is answered with a {@link PointBlockedByObstacleException} instead of a route that ends
     * somewhere else.
     */
    public GHResponse route(GHRequest request) {
        long start = System.nanoTime();
        GHResponse response = hopper.route(request);
        if (stoppedAtTimeLimit(response, System.nanoTime() - start))
            return new GHResponse().addError(new RouteTimeoutException(routeLimits.timeout()));
        for (int i = 0; i < request.getPoints().size(); i++) {
            var point = request.getPoints().get(i);
            // a point placed on an open way within the slack cannot be one the obstacle check refuses:
            // skip its two location lookups (every route pays them while any way is closed)
            if (placedWithin(response, i, point.lat, point.lon, BLOCKED_POINT_SLACK_METERS)) continue;
            var blocking = obstacles.blockingAt(point.lat, point.lon, BLOCKED_POINT_SLACK_METERS);
            if (blocking.isPresent())
                return new GHResponse().addError(new PointBlockedByObstacleException(i, blocking.get()));
        }
        return response;
    }

    /**
     * GraphHopper's search gives up silently at its time limit and reports that nothing connects the
     * points: a search that ran that long and found nothing was stopped.
     */
    private boolean stoppedAtTimeLimit(GHResponse response, long elapsedNanos) {
        return response.hasErrors()
                && response.getErrors().get(0) instanceof ConnectionNotFoundException
                && elapsedNanos >= routeLimits.timeout().toNanos();
    }

    /** Whether the route placed point {@code i} on a way at most {@code meters} away from where it was asked. */
    private static boolean placedWithin(GHResponse response, int i, double lat, double lon, double meters) {
        if (response.hasErrors()) return false;
        PointList placed = response.getBest().getWaypoints();
        return i < placed.size()
                && DistanceCalcEarth.DIST_EARTH.calcDist(lat, lon, placed.getLat(i), placed.getLon(i)) <= meters;
    }

    /** Spoken guidance for a route that was requested with {@link GuidanceComposer#REQUIRED_DETAILS}. */
    public RouteGuidance guide(ResponsePath path, GuidanceOptions options) {
        // landmarks once the place index is read (in the background at start)
        return guidance.compose(path, options, obstacles.noticesAlong(path.getPoints()), places);
    }

    /**
     * Makes these obstacles the active ones: the next route request respects them (blocking: never
     * crossed; hazard: avoided where reasonable and announced; info: announced). Pass what is valid now.
     */
    public ObstacleOverlay.Status applyObstacles(Collection<Obstacle> active) {
        return obstacles.apply(active);
    }

    /**
     * The ways of the graph inside a box, at most {@code limit} (the first ones found); for drawing the
     * network under the planner's obstacles.
     */
    public List<NetworkWay> waysWithin(double south, double west, double north, double east, int limit) {
        List<NetworkWay> ways = new ArrayList<>();
        java.util.BitSet seen = new java.util.BitSet();
        hopper.getLocationIndex().query(new BBox(west, east, south, north), edgeId -> {
            if (ways.size() >= limit || seen.get(edgeId)) return;
            seen.set(edgeId);
            var edge = hopper.getBaseGraph().getEdgeIteratorState(edgeId, Integer.MIN_VALUE);
            var points = edge.fetchWayGeometry(com.graphhopper.util.FetchMode.ALL);
            double[][] coordinates = new double[points.size()][];
            for (int i = 0; i < points.size(); i++) coordinates[i] = new double[] {points.getLon(i), points.getLat(i)};
            ways.add(new NetworkWay(
                    edge.getName(), coordinates, obstacles.isBlocked(edgeId), obstacles.isHazard(edgeId)));
        });
        return ways;
    }

    public ObstacleOverlay.Status obstacleStatus() {
        return obstacles.status();
    }

    /**
     * Waits until the landmarks for the active obstacles are prepared (they are, in the background, a
     * second after the obstacles last changed); false when that takes longer than {@code timeout}.
     * Routes are correct before that too, only slower near many obstacles.
     */
    public boolean awaitObstacleLandmarks(java.time.Duration timeout) throws InterruptedException {
        return obstacleLandmarks.awaitPrepared(timeout);
    }

    /** True while routes use landmarks prepared for the active obstacles. */
    public boolean usesObstacleLandmarks() {
        return obstacleLandmarks.obstacleAware();
    }

    /** Bytes of the graph cache folder on disk (graph, location index, landmarks, places). */
    public long cacheBytes() {
        return GraphCache.bytesIn(cacheDir);
    }

    /** How often obstacle changes were checked and landmarks prepared again, and how long that took. */
    public ObstacleLandmarkStatus obstacleLandmarkStatus() {
        return obstacleLandmarks.status();
    }

    /** "Where am I": the street and side, the nearest corner, in words. */
    public LocationDescription describeLocation(
            double lat, double lon, Double heading, Double accuracyMeters, Locale locale) {
        return describer.describe(locations.find(lat, lon, heading, accuracyMeters), locale);
    }

    /**
     * "Around me" (or, with {@code aheadOnly} and a heading, "ahead of me": within 45° of the heading):
     * named places within the radius, nearest first.
     */
    public List<PlaceDescription> listPlacesAround(
            double lat,
            double lon,
            double radiusMeters,
            Double heading,
            boolean aheadOnly,
            Double accuracyMeters,
            Locale locale) {
        List<PlaceIndex.Nearby> nearby = places().listWithin(lat, lon, radiusMeters);
        if (aheadOnly && heading != null)
            nearby = nearby.stream()
                    .filter(n -> Math.abs(((AngleCalc.ANGLE_CALC.calcAzimuth(
                                                                            lat,
                                                                            lon,
                                                                            n.place()
                                                                                    .lat(),
                                                                            n.place()
                                                                                    .lon())
                                                                    - heading)
                                                            % 360
                                                    + 540)
                                            % 360
                                    - 180)
                            <= 45)
                    .toList();
        return describer.describePlaces(nearby, lat, lon, heading, accuracyMeters, locale);
    }

    private PlaceIndex places() {
        PlaceIndex index = places;
        if (index == null) {
            synchronized (this) {
                if (places == null) places = readPlaces();
                index = places;
            }
        }
        return index;
    }

    /** Blocks until the named places are read (they are read in the background at start). */
    public void awaitPlaces() {
        places();
    }

    /** The named places, from the graph cache folder where the import kept them. */
    private PlaceIndex readPlaces() {
        Path file = Path.of(hopper.getGraphHopperLocation(), GraphCache.PLACES_FILE);
        try {
            return PlaceIndex.load(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {} ({}); reading the places from the extract", file, e.getMessage());
            return PlaceIndex.read(new java.io.File(hopper.getOSMFile()));
        }
    }

    /** Part of the import: a warm start then reads a small file instead of the whole extract again. */
    private static void savePlaces(Path osmFile, Path file) {
        try {
            PlaceIndex.read(osmFile.toFile()).save(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the named places to " + file, e);
        }
    }

    public String summarisePlaces(int count, double radiusMeters, Locale locale) {
        return describer.summarisePlaces(count, radiusMeters, locale);
    }

    public List<WalkerProfile> listProfiles() {
        return List.of(WalkerProfile.values());
    }

    public MapInfo mapInfo() {
        BBox bounds = hopper.getBaseGraph().getBounds();
        return new MapInfo(
                hopper.getOSMFile() == null
                        ? ""
                        : Path.of(hopper.getOSMFile()).getFileName().toString(),
                bounds.minLat,
                bounds.minLon,
                bounds.maxLat,
                bounds.maxLon,
                knownDate(hopper.getProperties().getAll().getOrDefault("datareader.data.date", "")),
                hopper.getProperties().getAll().getOrDefault("datareader.import.date", ""));
    }

    /** Extracts without a header timestamp report the epoch; say "unknown" (empty) instead. */
    private static String knownDate(String date) {
        return date.startsWith("1970-01-01") ? "" : date;
    }

    /** True when this start built the graph from the extract, false when it loaded the cache. */
    public boolean importedAtStart() {
        return importedAtStart;
    }

    /** How long opening took: import and preparation, or loading the cache. */
    public long startMillis() {
        return startMillis;
    }

    /**
     * The graph itself, for evaluation tools that search it on their own terms (the route-safety
     * comparison's fewest-crossings reference). Serving code routes through {@link #route}.
     */
    public GraphHopper graphHopper() {
        return hopper;
    }

    @Override
    public void close() {
        obstacleLandmarks.close();
        hopper.close();
    }

    static List<String> encodedValues() {
        List<String> all = new ArrayList<>(GRAPHHOPPER_ENCODED_VALUES);
        all.addAll(AccessibilityImportRegistry.ENCODED_VALUES);
        for (WalkerProfile profile : WalkerProfile.values())
            if (profile.precomputed()) all.add(StaticPriority.key(profile.profileName()));
        return all;
    }

    private static String profileNames() {
        return Arrays.stream(WalkerProfile.values())
                .map(WalkerProfile::profileName)
                .collect(Collectors.joining(", "));
    }

    private static String configurationText(RouterSettings settings) {
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
        return text.toString();
    }

    private static AccessibleGraphHopper createGraphHopper(RouterSettings settings) {
        AccessibleGraphHopper hopper = new AccessibleGraphHopper();
        configure(hopper, settings);
        return hopper;
    }

    /** Configures any GraphHopper (tests pass a plain one to show what our reader fixes). */
    static GraphHopper configure(GraphHopper hopper, RouterSettings settings) {
        GraphHopperConfig config = new GraphHopperConfig();
        config.putObject("datareader.file", settings.osmFile().toAbsolutePath().toString());
        config.putObject("graph.location", settings.cacheDir().toAbsolutePath().toString());
        config.putObject("graph.encoded_values", String.join(",", encodedValues()));
        config.putObject("import.osm.ignored_highways", "");
        config.putObject("prepare.lm.landmarks", settings.landmarks());
        config.putObject("prepare.min_network_size", settings.minNetworkSize());
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
        hopper.init(config);
        hopper.setImportRegistry(new AccessibilityImportRegistry());
        hopper.setPathDetailsBuilderFactory(new AccessiblePathDetailsBuilderFactory());
        return hopper;
    }
}
