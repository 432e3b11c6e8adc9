package se.accessiblenav.server.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import se.accessiblenav.mapdata.extract.MapUnavailableException;

/** At start, "no map and no way to fetch one" is one clear message, not a stack trace. */
class MapUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<MapUnavailableException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MapUnavailableException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set navigation.map.osm-file to an OSM extract (.osm.pbf), e.g. --navigation.map.osm-file=/data/city.osm.pbf,"
                        + " or start with a network and navigation.map.fetch-bbox=west,south,east,north.",
                cause);
    }
}
