package se.accessiblenav.core.routing;

import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.EncodedValueLookup;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.FootRoadAccess;
import com.graphhopper.routing.ev.RoadAccess;
import com.graphhopper.routing.ev.VehiclePriority;
import com.graphhopper.routing.weighting.custom.CustomModelParser;
import com.graphhopper.routing.weighting.custom.CustomWeighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.EdgeIteratorState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.osm.RelaxedPriority;
import se.accessiblenav.core.osm.StaticPriority;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * Works out each precomputed walker profile's {@link StaticPriority} for every edge, with GraphHopper's
 * own evaluation of the profile's static rules, so the entries are exactly what the shipped model gives.
 * Runs after import (before subnetworks and landmarks are prepared, which route with it) and after
 * loading a prepared graph.
 */
final class StaticPriorities {
    private static final Logger LOG = LoggerFactory.getLogger(StaticPriorities.class);

    private StaticPriorities() {}

    /** True when every precomputed profile's entries are there. */
    static boolean filled(EncodedValueLookup lookup) {
        for (WalkerProfile profile : WalkerProfile.values())
            if (profile.precomputed() && !entries(lookup, profile).isFilled()) return false;
        return true;
    }

    static void fill(BaseGraph graph, EncodedValueLookup lookup) {
        long start = System.nanoTime();
        // the rules are compiled here, on the caller's thread: Janino loads classes through the thread's
        // context class loader, which only the caller's is sure to have right (a Spring Boot jar)
        Map<WalkerProfile, CustomWeighting.EdgeToDoubleMapping> rulesByProfile = new EnumMap<>(WalkerProfile.class);
        for (WalkerProfile profile : WalkerProfile.values())
            if (profile.precomputed())
                rulesByProfile.put(
                        profile,
                        CustomModelParser.createWeightingParameters(profile.staticModel(), lookup)
                                .getEdgeToPriorityMapping());
        // then the profiles are worked out side by side: reading the graph is safe from several threads
        rulesByProfile.entrySet().parallelStream()
                .forEach(profile -> entries(lookup, profile.getKey()).fill(graph.getEdges(), (edgeId, reverse) -> {
                    EdgeIteratorState edge = graph.getEdgeIteratorState(edgeId, Integer.MIN_VALUE);
                    return profile.getValue().get(edge, reverse);
                }));
        LOG.info(
                "Static priorities of the walker profiles worked out for {} edges in {} ms",
                graph.getEdges(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The file of a profile's entries in the graph cache folder. */
    static Path file(Path graphDir, WalkerProfile profile) {
        return graphDir.resolve(StaticPriority.key(profile.profileName()));
    }

    /** Writes every precomputed profile's entries into the graph cache folder. */
    static void save(EncodedValueLookup lookup, Path graphDir) {
        try {
            for (WalkerProfile profile : WalkerProfile.values())
                if (profile.precomputed()) entries(lookup, profile).writeTo(file(graphDir, profile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the static priorities into " + graphDir, e);
        }
    }

    /**
     * Reads every precomputed profile's entries from the graph cache folder; false when any is missing or
     * does not fit this graph (a cache from before they were kept there): work them out instead.
     */
    static boolean load(EncodedValueLookup lookup, Path graphDir, int edgeCount) {
        long start = System.nanoTime();
        try {
            for (WalkerProfile profile : WalkerProfile.values())
                if (profile.precomputed() && !entries(lookup, profile).readFrom(file(graphDir, profile), edgeCount))
                    return false;
        } catch (IOException e) {
            LOG.warn("Cannot read the static priorities in {}; working them out instead: {}", graphDir, e.toString());
            return false;
        }
        LOG.info(
                "Static priorities of the walker profiles read for {} edges in {} ms",
                edgeCount,
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Gives each profile's {@link RelaxedPriority} values what they are worked out from. */
    static void bindRelaxed(EncodedValueLookup lookup) {
        DecimalEncodedValue footPriority = lookup.getDecimalEncodedValue(VehiclePriority.key("foot"));
        EnumEncodedValue<RoadAccess> footRoadAccess = lookup.getEnumEncodedValue(FootRoadAccess.KEY, RoadAccess.class);
        for (WalkerProfile profile : WalkerProfile.values())
            if (profile.precomputed())
                for (int percent : DetourBound.RELAXED_PERCENTS)
                    ((RelaxedPriority)
                                    lookup.getDecimalEncodedValue(RelaxedPriority.key(profile.profileName(), percent)))
                            .bind(entries(lookup, profile), footPriority, footRoadAccess);
    }

    private static StaticPriority entries(EncodedValueLookup lookup, WalkerProfile profile) {
        return (StaticPriority) lookup.getDecimalEncodedValue(StaticPriority.key(profile.profileName()));
    }
}
