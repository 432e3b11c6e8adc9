package se.accessiblenav.core.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.shapes.BBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import se.accessiblenav.core.osm.StreetSegmentGrid;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.mapdata.obstacle.Obstacle;

/**
 * The one door to GraphHopper: builds or loads the walkers' graph and answers route requests. Every
 * walker profile is prepared with landmarks (LM), so requests stay fast and may still carry a custom
 * model that only raises weights (obstacles, personal preferences).
 */
public final class PedestrianRouter implements AutoCloseable {
    /** A point on a closed way may still be served by an open way at most this much farther away. */
    static final double BLOCKED_POINT_SLACK_METERS = 10;
    /** The route search is measured (and landmarks prepared where it slowed) once obstacles rest this long. */
    public static final java.time.Duration OBSTACLE_LANDMARKS_DELAY = java.time.Duration.ofSeconds(1);

    private final GraphHopper hopper;
    private final boolean importedAtStart;
    private final long startMillis;
    private final GuidanceComposer guidance;
    private final LocationFinder locations;
    private final NamedPlaces places;

    private final LocationDescriber describer = new LocationDescriber();
    private final ObstacleOverlay obstacles;
    private final ObstacleLandmarks obstacleLandmarks;
    private final RouteLimits routeLimits;
    private final Path cacheDir;
    private final DetourBound detourBound;
    private final RoundTrips roundTrips;
    private final TransitRouter transit;
    private final WalkableNetwork network;

    private static final String FOOT_ACCESS = com.graphhopper.routing.ev.VehicleAccess.key("foot");

    private PedestrianRouter(
            AccessibleGraphHopper hopper, boolean importedAtStart, long startMillis, RouterSettings settings) {
        this.hopper = hopper;
        this.routeLimits = settings.routeLimits();
        this.cacheDir = settings.cacheDir();
        this.importedAtStart = importedAtStart;
        this.startMillis = startMillis;
        this.detourBound = new DetourBound(hopper::route);
        this.roundTrips = new RoundTrips(hopper::route);
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
        this.network = new WalkableNetwork(hopper, obstacles);
        this.transit = hopper.hasTransit()
                ? new TransitRouter(hopper, hopper.config(), routeLimits, this::route, this::guide)
                : null;
        this.places = new NamedPlaces(
                Path.of(hopper.getGraphHopperLocation(), GraphCache.PLACES_FILE), Path.of(hopper.getOSMFile()));
        places.readInBackground();
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
        GraphSetup.Opened graph = GraphSetup.loadOrImport(settings);
        return new PedestrianRouter(graph.hopper(), graph.imported(), graph.millis(), settings);
    }

    /**
     * Routes a request. A start, stop or destination on a way closed by an obstacle, with no open way
     * close by, is answered with a {@link PointBlockedByObstacleException} instead of a route that ends
     * somewhere else.
     */
    public GHResponse route(GHRequest request) {
        long start = System.nanoTime();
        GHResponse response = RoundTrips.isRoundTrip(request) ? roundTrips.route(request) : detourBound.route(request);
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

    /** Trips with public transport, when the map was opened with a timetable. */
    public Optional<TransitRouter> transit() {
        return Optional.ofNullable(transit);
    }

    /** Spoken guidance for a route that was requested with {@link GuidanceComposer#REQUIRED_DETAILS}. */
    public RouteGuidance guide(ResponsePath path, GuidanceOptions options) {
        // landmarks once the place index is read (in the background at start)
        return guidance.compose(path, options, obstacles.noticesAlong(path.getPoints()), places.readyOrNull());
    }

    /**
     * Makes these obstacles the active ones: the next route request respects them (blocking: never
     * crossed; hazard: avoided where reasonable and announced; info: announced). Pass what is valid now.
     */
    public ObstacleOverlay.Status applyObstacles(Collection<Obstacle> active) {
        return obstacles.apply(active);
    }

    /** The network around routes: its ways in a box, where points join it, how far a walker gets. */
    public WalkableNetwork network() {
        return network;
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

    public GraphSize graphSize() {
        return new GraphSize(
                hopper.getBaseGraph().getNodes(), hopper.getBaseGraph().getEdges());
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
        List<PlaceIndex.Nearby> nearby = places.listWithin(lat, lon, radiusMeters, heading, aheadOnly);
        return describer.describePlaces(nearby, lat, lon, heading, accuracyMeters, locale);
    }

    /** Blocks until the named places are read (they are read in the background at start). */
    public void awaitPlaces() {
        places.get();
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
}
