package se.accessiblenav.voice.geo;

import java.util.Arrays;
import java.util.List;

/**
 * A route's polyline with the distance along it of every vertex, in a local flat frame (metres east
 * and north of the first point): exact enough for the few kilometres of a walk.
 */
public final class RouteLine {
    /** One degree of latitude on the sphere of radius 6,371 km that {@link LatLon} uses. */
    private static final double METERS_PER_DEGREE_LATITUDE = 6_371_000 * Math.PI / 180;

    private final List<LatLon> points;
    private final double[] x;
    private final double[] y;
    private final double[] along;
    private final double metersPerDegreeLat;
    private final double metersPerDegreeLon;

    /** Where a position falls on the line. {@code signedOffsetMeters} is negative to the left of the travel direction. */
    public record Projection(double alongMeters, double offsetMeters, double signedOffsetMeters, int segment) {}

    public RouteLine(List<LatLon> points) {
        if (points.size() < 2) throw new IllegalArgumentException("A route line needs at least two points");
        this.points = List.copyOf(points);
        LatLon origin = points.get(0);
        metersPerDegreeLat = METERS_PER_DEGREE_LATITUDE;
        metersPerDegreeLon = METERS_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(origin.lat()));
        int n = points.size();
        x = new double[n];
        y = new double[n];
        along = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (points.get(i).lon() - origin.lon()) * metersPerDegreeLon;
            y[i] = (points.get(i).lat() - origin.lat()) * metersPerDegreeLat;
            if (i > 0) along[i] = along[i - 1] + Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
        }
    }

    public double lengthMeters() {
        return along[along.length - 1];
    }

    public List<LatLon> points() {
        return points;
    }

    /** The distance along the line of vertex {@code index}. */
    public double alongMetersOfVertex(int index) {
        return along[index];
    }

    /** The nearest point of the whole line. */
    public Projection project(LatLon position) {
        return project(position, 0, lengthMeters());
    }

    /** The nearest point of the line between two distances along it (a window, so a route that passes twice is not confused). */
    public Projection project(LatLon position, double fromAlongMeters, double toAlongMeters) {
        double px = (position.lon() - points.get(0).lon()) * metersPerDegreeLon;
        double py = (position.lat() - points.get(0).lat()) * metersPerDegreeLat;
        Projection best = null;
        for (int i = 0; i < x.length - 1; i++) {
            if (along[i + 1] < fromAlongMeters || along[i] > toAlongMeters) continue;
            double dx = x[i + 1] - x[i];
            double dy = y[i + 1] - y[i];
            double length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : ((px - x[i]) * dx + (py - y[i]) * dy) / length2;
            t = Math.max(0, Math.min(1, t));
            double segmentAlong = along[i] + t * Math.sqrt(length2);
            if (segmentAlong < fromAlongMeters || segmentAlong > toAlongMeters) {
                segmentAlong = Math.max(fromAlongMeters, Math.min(toAlongMeters, segmentAlong));
                t = length2 == 0 ? 0 : (segmentAlong - along[i]) / Math.sqrt(length2);
            }
            double qx = x[i] + t * dx;
            double qy = y[i] + t * dy;
            double offset = Math.hypot(px - qx, py - qy);
            if (best == null || offset < best.offsetMeters()) {
                double cross = dx * (py - y[i]) - dy * (px - x[i]);
                best = new Projection(segmentAlong, offset, cross > 0 ? -offset : offset, i);
            }
        }
        return best == null ? project(position) : best;
    }

    /** The point at a distance along the line (clamped to its ends). */
    public LatLon pointAt(double alongMeters) {
        double a = Math.max(0, Math.min(lengthMeters(), alongMeters));
        int i = segmentAt(a);
        double segment = along[i + 1] - along[i];
        double t = segment == 0 ? 0 : (a - along[i]) / segment;
        double px = x[i] + t * (x[i + 1] - x[i]);
        double py = y[i] + t * (y[i + 1] - y[i]);
        return new LatLon(
                points.get(0).lat() + py / metersPerDegreeLat, points.get(0).lon() + px / metersPerDegreeLon);
    }

    /** The direction of travel at a distance along the line, degrees clockwise from north. */
    public double bearingDegreesAt(double alongMeters) {
        int i = segmentAt(Math.max(0, Math.min(lengthMeters(), alongMeters)));
        return (Math.toDegrees(Math.atan2(x[i + 1] - x[i], y[i + 1] - y[i])) + 360) % 360;
    }

    /** The segment holding a distance along the line: the last vertex at or before it (binary search). */
    private int segmentAt(double alongMeters) {
        int found = Arrays.binarySearch(along, alongMeters);
        int vertex = found >= 0 ? found : -found - 2;
        return Math.max(0, Math.min(along.length - 2, vertex));
    }
}
