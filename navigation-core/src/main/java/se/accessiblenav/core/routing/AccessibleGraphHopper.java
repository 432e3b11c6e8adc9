package se.accessiblenav.core.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.reader.osm.OSMReader;
import com.graphhopper.routing.Router;
import com.graphhopper.routing.RouterConfig;
import com.graphhopper.routing.WeightingFactory;
import com.graphhopper.routing.lm.LandmarkStorage;
import com.graphhopper.routing.util.AreaIndex;
import com.graphhopper.routing.util.CustomArea;
import com.graphhopper.routing.util.EncodingManager;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.LocationIndex;
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
import se.accessiblenav.core.osm.AccessibleOsmReader;
import se.accessiblenav.core.osm.RoadNetworkScan;

/**
 * GraphHopper that imports with {@link AccessibleOsmReader}: a road network scan first, then the
 * usual import with node tags kept and crossings resolved. Country rules and custom areas are not
 * used by walker profiles and are left out. The walker profiles' static priorities are worked out
 * after import and after load ({@link StaticPriorities}). Route requests may take their landmarks from
 * elsewhere than the import ({@link ObstacleLandmarks}).
 */
final class AccessibleGraphHopper extends GraphHopper {
    private volatile Supplier<Map<String, LandmarkStorage>> landmarkSource;

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
