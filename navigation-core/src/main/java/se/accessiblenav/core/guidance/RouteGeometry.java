package se.accessiblenav.core.guidance;

import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;

/** A route's points with distances along it, and bearings smoothed over a few metres. */
final class RouteGeometry {
    private final PointList points;
    private final double[] along;

    RouteGeometry(PointList points) {
        this.points = points;
        this.along = new double[points.size()];
        for (int i = 1; i < points.size(); i++)
            along[i] = along[i - 1]
                    + DistanceCalcEarth.DIST_EARTH.calcDist(
                            points.getLat(i - 1), points.getLon(i - 1), points.getLat(i), points.getLon(i));
    }

    int size() {
        return points.size();
    }

    double lat(int i) {
        return points.getLat(i);
    }

    double lon(int i) {
        return points.getLon(i);
    }

    double along(int i) {
        return along[i];
    }

    double length() {
        return along.length == 0 ? 0 : along[along.length - 1];
    }

    /** Bearing leaving point i, over the next {@code window} metres (or to the end). */
    double bearingAfter(int i, double window) {
        int j = i + 1;
        while (j < size() - 1 && along[j] - along[i] < window) j++;
        return bearing(i, Math.min(j, size() - 1));
    }

    /** Bearing arriving at point i, over the previous {@code window} metres (or from the start). */
    double bearingBefore(int i, double window) {
        int j = i - 1;
        while (j > 0 && along[i] - along[j] < window) j--;
        return bearing(Math.max(j, 0), i);
    }

    /** The position at a distance along the route, between its points: latitude, longitude. */
    double[] positionAt(double distance) {
        int i = 1;
        while (i < size() - 1 && along(i) < distance) i++;
        if (size() < 2) return new double[] {lat(0), lon(0)};
        double span = along(i) - along(i - 1);
        double f = span > 0 ? Math.min(1, Math.max(0, (distance - along(i - 1)) / span)) : 1;
        return new double[] {lat(i - 1) + f * (lat(i) - lat(i - 1)), lon(i - 1) + f * (lon(i) - lon(i - 1))};
    }

    /** Compass bearing from one point to another, 0 to 360 degrees. */
    static double bearingBetween(double fromLat, double fromLon, double toLat, double toLon) {
        return AngleCalc.ANGLE_CALC.calcAzimuth(fromLat, fromLon, toLat, toLon);
    }

    private double bearing(int from, int to) {
        if (from == to) return 0;
        return AngleCalc.ANGLE_CALC.calcAzimuth(lat(from), lon(from), lat(to), lon(to));
    }

    /** The point closest to a distance along the route (the first of two equally close). */
    int pointAt(double distance) {
        if (along.length == 0) return 0;
        int insertion = java.util.Arrays.binarySearch(along, distance);
        if (insertion >= 0) {
            while (insertion > 0 && along[insertion - 1] == distance) insertion--; // repeated points
            return insertion;
        }
        int after = -insertion - 1; // first point beyond the distance
        if (after == 0) return 0;
        if (after == along.length) return along.length - 1;
        return distance - along[after - 1] <= along[after] - distance ? after - 1 : after;
    }
}
