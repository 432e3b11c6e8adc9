package se.accessiblenav.core.osm;

import com.carrotsearch.hppc.LongArrayList;
import com.graphhopper.reader.ReaderWay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the street a separately mapped sidewalk belongs to when the map does not say
 * ({@code is_sidepath:of:name} is rare): the named road that runs parallel to the sidewalk within
 * {@value #MAX_DISTANCE_METERS} m for most of its length. Fed with ways, then matched with the positions of
 * the nodes it asked for.
 */
final class SidewalkStreetMatcher {
    static final double MAX_DISTANCE_METERS = 25;
    private static final double MAX_ANGLE_DEGREES = 30;

    private record Road(String name, long[] nodes) {}

    private final List<Road> roads = new ArrayList<>();
    private final Map<Long, long[]> sidewalks = new HashMap<>();

    /** Remembers named roads and unnamed sidewalks; other ways are ignored. */
    void addWay(ReaderWay way, CrossedRoad traffic) {
        String name = way.getTag("name");
        if (traffic.isStreet() && name != null && !name.isBlank()) {
            roads.add(new Road(name.trim(), toArray(way.getNodes())));
        } else if (way.hasTag("footway", "sidewalk") && AccessibleOsmReader.sidewalkStreetName(way) == null) {
            sidewalks.put(way.getId(), toArray(way.getNodes()));
        }
    }

    boolean needsNodes() {
        return !sidewalks.isEmpty() && !roads.isEmpty();
    }

    /** Adds the node ids whose positions {@link #match} needs. */
    void addWantedNodes(Set<Long> wanted) {
        for (Road road : roads) for (long id : road.nodes()) wanted.add(id);
        for (long[] nodes : sidewalks.values()) for (long id : nodes) wanted.add(id);
    }

    /**
     * Street name by sidewalk way id, for the sidewalks that could be matched, given the positions ({@code
     * lat, lon}) of the nodes it asked for.
     */
    Map<Long, String> match(Map<Long, double[]> coordinates) {
        StreetSegmentGrid grid = new StreetSegmentGrid();
        for (Road road : roads)
            for (int i = 1; i < road.nodes().length; i++) {
                double[] a = coordinates.get(road.nodes()[i - 1]);
                double[] b = coordinates.get(road.nodes()[i]);
                if (a != null && b != null) grid.add(road.name(), a[0], a[1], b[0], b[1]);
            }
        Map<Long, String> result = new HashMap<>();
        sidewalks.forEach((wayId, nodes) -> {
            String street = vote(nodes, grid, coordinates);
            if (street != null) result.put(wayId, street);
        });
        return result;
    }

    /** The street most of the sidewalk's segments run along, if it is more than half of them. */
    private static String vote(long[] nodes, StreetSegmentGrid grid, Map<Long, double[]> coordinates) {
        Map<String, Integer> votes = new HashMap<>();
        int samples = 0;
        for (int i = 1; i < nodes.length; i++) {
            double[] a = coordinates.get(nodes[i - 1]);
            double[] b = coordinates.get(nodes[i]);
            if (a == null || b == null) continue;
            samples++;
            double bearing = StreetSegmentGrid.bearing(a[0], a[1], b[0], b[1]);
            grid.findNearest(
                            (a[0] + b[0]) / 2,
                            (a[1] + b[1]) / 2,
                            bearing,
                            StreetSegmentGrid.Orientation.PARALLEL,
                            MAX_ANGLE_DEGREES,
                            MAX_DISTANCE_METERS)
                    .ifPresent(name -> votes.merge(name, 1, Integer::sum));
        }
        if (samples == 0) return null;
        int needed = samples / 2 + 1;
        return votes.entrySet().stream()
                .filter(e -> e.getValue() >= needed)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static long[] toArray(LongArrayList nodes) {
        return nodes.toArray();
    }
}
