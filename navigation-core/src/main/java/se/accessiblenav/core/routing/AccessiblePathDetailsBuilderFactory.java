package se.accessiblenav.core.routing;

import com.graphhopper.routing.Path;
import com.graphhopper.routing.ev.EncodedValueLookup;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.Graph;
import com.graphhopper.util.details.KVStringDetails;
import com.graphhopper.util.details.PathDetailsBuilder;
import com.graphhopper.util.details.PathDetailsBuilderFactory;
import java.util.ArrayList;
import java.util.List;
import se.accessiblenav.core.osm.AccessibleOsmReader;

/** GraphHopper's path details plus {@code sidewalk_of}: the street a sidewalk belongs to. */
final class AccessiblePathDetailsBuilderFactory extends PathDetailsBuilderFactory {
    @Override
    public List<PathDetailsBuilder> createPathDetailsBuilders(
            List<String> requested, Path path, EncodedValueLookup evl, Weighting weighting, Graph graph) {
        List<String> forGraphHopper = new ArrayList<>(requested);
        boolean sidewalkOf = forGraphHopper.remove(AccessibleOsmReader.SIDEWALK_OF);
        List<PathDetailsBuilder> builders =
                super.createPathDetailsBuilders(forGraphHopper, path, evl, weighting, graph);
        if (sidewalkOf) builders.add(new KVStringDetails(AccessibleOsmReader.SIDEWALK_OF));
        return builders;
    }
}
