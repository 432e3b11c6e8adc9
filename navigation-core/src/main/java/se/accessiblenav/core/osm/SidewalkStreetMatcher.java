package se.accessiblenav.core.osm;

import com.carrotsearch.hppc.LongArrayList;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the street a separately mapped sidewalk belongs to when the map does not say
 * ({@code is_sidepath:of:name} is rare): the named road that runs parallel to the sidewalk within
 * {@value #MAX_DISTANCE_METERS} m for most of its length. Fed with ways, then with the coordinates of the
 * nodes it asked for.
 */
final class SidewalkStreetMatcher {
    static final double MAX_DISTANCE_METERS = 25;
    private static final double MAX_ANGLE_DEGREES = 30;
    private static final double CELL_DEGREES = 0.0005;

    private record Road(String name, long[] nodes) {}

    private record Segment(String name, double lat1, double lon1, double lat2, double lon2) {}

    private final List<Road> roads = new ArrayList<>();
    private final Map<Long, long[]> sidewalks = new HashMap<>();
    private final Map<Long, double[]> coordinates = new HashMap<>();

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

    /** Node ids whose coordinates {@link #addNode} must receive. */
    java.util.Set<Long> wantedNodes() {
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        for (Road road : roads) for (long id : road.nodes()) wanted.add(id);
        for (long[] nodes : sidewalks.values()) for (long id : nodes) wanted.add(id);
        return wanted;
    }

    void addNode(ReaderNode node) {
        coordinates.put(node.getId(), new double[] {node.getLat(), node.getLon()});
    }

    /** Street name by sidewalk way id, for the sidewalks that could be matched. */
    Map<Long, String> match() {
        Map<Long, List<Segment>> grid = new HashMap<>();
        for (Road road : roads)
            for (int i = 1; i < road.nodes().length; i++) {
                double[] a = coordinates.get(road.nodes()[i - 1]);
                double[] b = coordinates.get(road.nodes()[i]);
                if (a == null || b == null) continue;
                Segment segment = new Segment(road.name(), a[0], a[1], b[0], b[1]);
                for (long cell : cellsAround(
                        Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])))
                    grid.computeIfAbsent(cell, c -> new ArrayList<>()).add(segment);
            }
        Map<Long, String> result = new HashMap<>();
        sidewalks.forEach((wayId, nodes) -> {
            String street = vote(nodes, grid);
            if (street != null) result.put(wayId, street);
        });
        return result;
    }

    private String vote(long[] nodes, Map<Long, List<Segment>> grid) {
        Map<String, Integer> votes = new HashMap<>();
        int samples = 0;
        for (int i = 1; i < nodes.length; i++) {
            double[] a = coordinates.get(nodes[i - 1]);
            double[] b = coordinates.get(nodes[i]);
            if (a == null || b == null) continue;
            samples++;
            double midLat = (a[0] + b[0]) / 2;
            double midLon = (a[1] + b[1]) / 2;
            Segment best = null;
            double bestDistance = MAX_DISTANCE_METERS;
            for (Segment s : grid.getOrDefault(cellOf(midLat, midLon), List.of())) {
                double distance = distanceToSegmentMeters(midLat, midLon, s);
                if (distance < bestDistance && isParallel(a, b, s)) {
                    best = s;
                    bestDistance = distance;
                }
            }
            if (best != null) votes.merge(best.name(), 1, Integer::sum);
        }
        if (samples == 0) return null;
        int needed = samples / 2 + 1;
        return votes.entrySet().stream()
                .filter(e -> e.getValue() >= needed)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static boolean isParallel(double[] a, double[] b, Segment s) {
        double sidewalk = bearing(a[0], a[1], b[0], b[1]);
        double road = bearing(s.lat1(), s.lon1(), s.lat2(), s.lon2());
        double diff = Math.abs(sidewalk - road) % 180;
        return Math.min(diff, 180 - diff) <= MAX_ANGLE_DEGREES;
    }

    private static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double dx = (lon2 - lon1) * Math.cos(Math.toRadians(lat1));
        double dy = lat2 - lat1;
        return (Math.toDegrees(Math.atan2(dx, dy)) + 360) % 360;
    }

    /** Distance in metres on a local flat projection, exact enough within tens of metres. */
    static double distanceToSegmentMeters(double lat, double lon, Segment s) {
        double metresPerDegLat = 111_320;
        double metresPerDegLon = 111_320 * Math.cos(Math.toRadians(lat));
        double ax = (s.lon1() - lon) * metresPerDegLon;
        double ay = (s.lat1() - lat) * metresPerDegLat;
        double bx = (s.lon2() - lon) * metresPerDegLon;
        double by = (s.lat2() - lat) * metresPerDegLat;
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        double px = ax + t * dx;
        double py = ay + t * dy;
        return Math.sqrt(px * px + py * py);
    }

    private static long cellOf(double lat, double lon) {
        return (long) Math.floor(lat / CELL_DEGREES) * 10_000_000L + (long) Math.floor(lon / CELL_DEGREES);
    }

    /** Every cell the box touches, grown by one cell so that a point up to one cell away finds it. */
    private static List<Long> cellsAround(double minLat, double minLon, double maxLat, double maxLon) {
        List<Long> cells = new ArrayList<>();
        long lat0 = (long) Math.floor(minLat / CELL_DEGREES) - 1;
        long lat1 = (long) Math.floor(maxLat / CELL_DEGREES) + 1;
        long lon0 = (long) Math.floor(minLon / CELL_DEGREES) - 1;
        long lon1 = (long) Math.floor(maxLon / CELL_DEGREES) + 1;
        for (long la = lat0; la <= lat1; la++) for (long lo = lon0; lo <= lon1; lo++) cells.add(la * 10_000_000L + lo);
        return cells;
    }

    private static long[] toArray(LongArrayList nodes) {
        return nodes.toArray();
    }
}
