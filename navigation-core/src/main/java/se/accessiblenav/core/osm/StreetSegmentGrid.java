package se.accessiblenav.core.osm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named street segments in a grid of cells about 55 m high, for "which street runs here" questions a
 * few metres from a point: the street a sidewalk follows (parallel) or the street a crossing crosses
 * (across). Add all segments first, then query.
 */
public final class StreetSegmentGrid {
    private static final double CELL_DEGREES = 0.0005;
    private static final double METERS_PER_DEGREE = 111_320;

    /** Which way the street should run relative to the walker's bearing. */
    public enum Orientation {
        PARALLEL,
        ACROSS
    }

    private record Segment(String name, double lat1, double lon1, double lat2, double lon2, double bearing) {}

    private final Map<Long, List<Segment>> cells = new HashMap<>();

    public void add(String name, double lat1, double lon1, double lat2, double lon2) {
        Segment segment = new Segment(name, lat1, lon1, lat2, lon2, bearing(lat1, lon1, lat2, lon2));
        long lat0 = cell(Math.min(lat1, lat2)) - 1;
        long latN = cell(Math.max(lat1, lat2)) + 1;
        long lon0 = cell(Math.min(lon1, lon2)) - 1;
        long lonN = cell(Math.max(lon1, lon2)) + 1;
        for (long la = lat0; la <= latN; la++)
            for (long lo = lon0; lo <= lonN; lo++)
                cells.computeIfAbsent(key(la, lo), k -> new ArrayList<>()).add(segment);
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /**
     * The nearest street within {@code maxDistanceMeters} that runs {@code orientation} to
     * {@code bearing}: within {@code maxAngleDegrees} of it (parallel) or at least that far from it (across).
     */
    public Optional<String> findNearest(
            double lat,
            double lon,
            double bearing,
            Orientation orientation,
            double maxAngleDegrees,
            double maxDistanceMeters) {
        String best = null;
        double bestDistance = maxDistanceMeters;
        for (Segment s : cells.getOrDefault(key(cell(lat), cell(lon)), List.of())) {
            double distance = distanceMeters(lat, lon, s);
            if (distance >= bestDistance) continue;
            double angle = Math.abs(s.bearing() - bearing) % 180;
            angle = Math.min(angle, 180 - angle);
            boolean fits = orientation == Orientation.PARALLEL ? angle <= maxAngleDegrees : angle >= maxAngleDegrees;
            if (!fits) continue;
            best = s.name();
            bestDistance = distance;
        }
        return Optional.ofNullable(best);
    }

    /**
     * The compass bearing from the nearest segment of the named street (within {@code maxDistanceMeters})
     * to the point: which side of the street the point is on.
     */
    public Optional<Double> findSideBearing(double lat, double lon, String name, double maxDistanceMeters) {
        Segment best = null;
        double bestDistance = maxDistanceMeters;
        for (Segment s : cells.getOrDefault(key(cell(lat), cell(lon)), List.of())) {
            if (!s.name().equals(name)) continue;
            double distance = distanceMeters(lat, lon, s);
            if (distance < bestDistance) {
                best = s;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance < 0.5) return Optional.empty();
        // the side is the direction of the perpendicular: the segment's bearing turned left or right
        double toPoint = bearing((best.lat1() + best.lat2()) / 2, (best.lon1() + best.lon2()) / 2, lat, lon);
        double right = (best.bearing() + 90) % 360;
        double diff = Math.abs(toPoint - right) % 360;
        return Optional.of(Math.min(diff, 360 - diff) <= 90 ? right : (best.bearing() + 270) % 360);
    }

    /** Bearing in degrees on a local flat projection. */
    public static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double dx = (lon2 - lon1) * Math.cos(Math.toRadians(lat1));
        double dy = lat2 - lat1;
        return (Math.toDegrees(Math.atan2(dx, dy)) + 360) % 360;
    }

    private static double distanceMeters(double lat, double lon, Segment s) {
        double perLon = METERS_PER_DEGREE * Math.cos(Math.toRadians(lat));
        double ax = (s.lon1() - lon) * perLon, ay = (s.lat1() - lat) * METERS_PER_DEGREE;
        double bx = (s.lon2() - lon) * perLon, by = (s.lat2() - lat) * METERS_PER_DEGREE;
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
        double px = ax + t * dx, py = ay + t * dy;
        return Math.sqrt(px * px + py * py);
    }

    private static long cell(double degrees) {
        return (long) Math.floor(degrees / CELL_DEGREES);
    }

    private static long key(long latCell, long lonCell) {
        return latCell * 10_000_000L + lonCell;
    }
}
