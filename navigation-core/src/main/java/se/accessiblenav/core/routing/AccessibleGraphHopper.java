package se.accessiblenav.core.routing;

import com.graphhopper.GraphHopperConfig;
import com.graphhopper.config.Profile;
import com.graphhopper.gtfs.GraphHopperGtfs;
import com.graphhopper.gtfs.GtfsStorage;
import com.graphhopper.reader.osm.OSMReader;
import com.graphhopper.routing.Router;
import com.graphhopper.routing.RouterConfig;
import com.graphhopper.routing.WeightingFactory;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.VehicleAccess;
import com.graphhopper.routing.lm.LandmarkStorage;
import com.graphhopper.routing.util.AccessFilter;
import com.graphhopper.routing.util.AreaIndex;
import com.graphhopper.routing.util.CustomArea;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RAMDirectory;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.Helper;
import com.graphhopper.util.TranslationMap;
import com.graphhopper.util.details.PathDetailsBuilderFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.osm.AccessibleOsmReader;
import se.accessiblenav.core.osm.RoadNetworkScan;
import se.accessiblenav.core.transit.TransitFeedFilter;

/**
 * GraphHopper that imports with {@link AccessibleOsmReader}: a road network scan first, then the
 * usual import with node tags kept and crossings resolved. Country rules and custom areas are not
 * used by walker profiles and are left out. The walker profiles' static priorities are worked out
 * after import and after load ({@link StaticPriorities}). Route requests may take their landmarks from
 * elsewhere than the import ({@link ObstacleLandmarks}). With timetables, GraphHopper's public-transport
 * module builds its network beside the streets ({@link GraphHopperGtfs}); without, that network is empty.
 */
final class AccessibleGraphHopper extends GraphHopperGtfs {
    private static final Logger LOG = LoggerFactory.getLogger(AccessibleGraphHopper.class);
    /** A timetable's stop farther than this from the walking network is left out ({@link TransitFeedFilter}). */
    static final double MAX_STOP_DISTANCE_METERS = 100;
    /** The timetables, cut to the map, are kept in the cache folder under this name. */
    static final String TRANSIT_FOLDER = "transit";

    private final GraphHopperConfig config;
    private final List<Path> transitFeeds;
    private volatile Supplier<Map<String, LandmarkStorage>> landmarkSource;

    AccessibleGraphHopper(GraphHopperConfig config, List<Path> transitFeeds) {
        super(config);
        this.config = config;
        this.transitFeeds = List.copyOf(transitFeeds);
    }

    /** GraphHopper's configuration of this graph (profiles, limits). */
    GraphHopperConfig config() {
        return config;
    }

    /** Whether this graph has a timetable for walks with public transport. */
    boolean hasTransit() {
        return !transitFeeds.isEmpty();
    }

    /**
     * GraphHopper's public-transport import, given the timetables cut to the map: a stop too far from the
     * walking network would be joined to the nearest street, however far ({@link TransitFeedFilter}).
     */
    @Override
    protected void importPublicTransit() {
        if (!hasTransit()) return; // walking only: GraphHopper's transit storage is never built
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < transitFeeds.size(); i++) files.add(feedCutToMap(i).toString());
        config.putObject("gtfs.file", String.join(",", files));
        super.importPublicTransit();
    }

    /** The timetables' storage; where none was built (walking only, or a failed start), one with nothing to close. */
    @Override
    public GtfsStorage getGtfsStorage() {
        GtfsStorage built = super.getGtfsStorage();
        return built != null ? built : NoTimetable.INSTANCE;
    }

    /** GraphHopper closes the timetables' storage with the graph: without timetables, there is nothing to close. */
    private static final class NoTimetable extends GtfsStorage {
        static final NoTimetable INSTANCE = new NoTimetable();

        private NoTimetable() {
            super(new RAMDirectory());
        }

        @Override
        public void close() {}
    }

    private Path feedCutToMap(int index) {
        Path target = graphDir().resolve(TRANSIT_FOLDER).resolve("feed-" + index + ".zip");
        if (java.nio.file.Files.isRegularFile(target)) return target;
        BooleanEncodedValue footAccess = getEncodingManager().getBooleanEncodedValue(VehicleAccess.key("foot"));
        EdgeFilter walkable = AccessFilter.allEdges(footAccess);
        LocationIndex streets = getLocationIndex();
        TransitFeedFilter filter = new TransitFeedFilter(
                (lat, lon) -> {
                    Snap snap = streets.findClosest(lat, lon, walkable);
                    return snap.isValid() ? snap.getQueryDistance() : Double.POSITIVE_INFINITY;
                },
                MAX_STOP_DISTANCE_METERS);
        TransitFeedFilter.Report report = filter.write(transitFeeds.get(index), target);
        LOG.info(report.describe(MAX_STOP_DISTANCE_METERS));
        return target;
    }

    /** From now on every route request uses the landmarks this gives, instead of the import's. */
    void useLandmarks(Supplier<Map<String, LandmarkStorage>> source) {
        this.landmarkSource = source;
    }

    @Override
    protected Router doCreateRouter(
            BaseGraph baseGraph,
            EncodingManager encodingManager,
            LocationIndex locationIndex,
            Map<String, Profile> profilesByName,
            PathDetailsBuilderFactory pathBuilderFactory,
            TranslationMap trMap,
            RouterConfig routerConfig,
            WeightingFactory weightingFactory,
            Map<String, RoutingCHGraph> chGraphs,
            Map<String, LandmarkStorage> landmarks) {
        Supplier<Map<String, LandmarkStorage>> source = landmarkSource;
        return super.doCreateRouter(
                baseGraph,
                encodingManager,
                locationIndex,
                profilesByName,
                pathBuilderFactory,
                trMap,
                routerConfig,
                weightingFactory,
                chGraphs,
                source == null ? landmarks : source.get());
    }

    /** After import: subnetworks are found next, with weightings that read the static priorities. */
    @Override
    protected void postImportOSM() {
        super.postImportOSM();
        CrossingCoverage.fill(getBaseGraph(), getEncodingManager());
        StaticPriorities.fill(getBaseGraph(), getEncodingManager());
        StaticPriorities.bindRelaxed(getEncodingManager());
        // kept in the cache folder: a start from the cache reads them (a city: 5 s of work, 0.1 s to read)
        StaticPriorities.save(getEncodingManager(), graphDir());
    }

    /** After import or load, before landmarks are prepared or loaded. */
    @Override
    protected void postProcessing(boolean closeEarly) {
        if (!StaticPriorities.filled(getEncodingManager())) {
            CrossingCoverage.fill(getBaseGraph(), getEncodingManager());
            if (!StaticPriorities.load(
                    getEncodingManager(), graphDir(), getBaseGraph().getEdges()))
                StaticPriorities.fill(getBaseGraph(), getEncodingManager());
            StaticPriorities.bindRelaxed(getEncodingManager());
        }
        super.postProcessing(closeEarly);
    }

    private Path graphDir() {
        return Path.of(getGraphHopperLocation());
    }

    @Override
    protected void importOSM() {
        File osmFile = _getOSMFile();
        RoadNetworkScan roadNetwork = RoadNetworkScan.read(osmFile);
        OSMReader reader = new AccessibleOsmReader(getBaseGraph(), getOSMParsers(), getReaderConfig(), roadNetwork)
                .setFile(osmFile)
                .setAreaIndex(new AreaIndex<CustomArea>(List.of()))
                .setElevationProvider(getElevationProvider())
                .setCountryRuleFactory(getCountryRuleFactory());
        createBaseGraphAndProperties();
        try {
            reader.readGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OSM file " + osmFile, e);
        }
        getProperties().put("datareader.import.date", Helper.createFormatter().format(new Date()));
        if (reader.getDataDate() != null)
            getProperties().put("datareader.data.date", Helper.createFormatter().format(reader.getDataDate()));
    }
}
