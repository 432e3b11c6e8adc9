package se.accessiblenav.core.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.reader.osm.OSMReader;
import com.graphhopper.routing.util.AreaIndex;
import com.graphhopper.routing.util.CustomArea;
import com.graphhopper.util.Helper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import se.accessiblenav.core.osm.AccessibleOsmReader;
import se.accessiblenav.core.osm.RoadNetworkScan;

/**
 * GraphHopper that imports with {@link AccessibleOsmReader}: a road network scan first, then the
 * usual import with node tags kept and crossings resolved. Country rules and custom areas are not
 * used by walker profiles and are left out.
 */
final class AccessibleGraphHopper extends GraphHopper {
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
