package se.accessiblenav.core.guidance;

import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.accessiblenav.core.osm.PlaceIndex;

/**
 * Named places right beside a route that help a walker know where they are (a stop, an entrance, a
 * pharmacy), kept sparse: within {@value #REACH_METERS} m of the route, at most one per {@value
 * #SPACING_METERS} m, stops and entrances before shops.
 */
public final class RouteLandmarks {
    static final double REACH_METERS = 15;
    static final double SPACING_METERS = 120;
    private static final Map<String, Integer> RANK =
            Map.of("bus_stop", 0, "tram_stop", 0, "stop", 0, "subway_entrance", 0, "station", 0, "entrance", 1);

    private RouteLandmarks() {}

    /** A place beside the route: where the walker passes it, and on which side. */
    public record Landmark(double alongMeters, double lat, double lon, String name, String category, boolean left) {}

    public static List<Landmark> along(PointList route, PlaceIndex places) {
        if (route.size() < 2 || places.size() == 0) return List.of();
        double minLat = Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE,
                minLon = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE;
        for (int i = 0; i < route.size(); i++) {
            minLat = Math.min(minLat, route.getLat(i));
            maxLat = Math.max(maxLat, route.getLat(i));
            minLon = Math.min(minLon, route.getLon(i));
            maxLon = Math.max(maxLon, route.getLon(i));
        }
        double metersPerDegreeLon = 111_320 * Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double dLat = REACH_METERS / 110_574;
        double dLon = REACH_METERS / metersPerDegreeLon;
        List<Landmark> candidates = new ArrayList<>();
        for (PlaceIndex.Place p : places.within(minLat - dLat, minLon - dLon, maxLat + dLat, maxLon + dLon)) {
            Landmark beside = closest(route, p, metersPerDegreeLon);
            if (beside != null) candidates.add(beside);
        }
        candidates.sort(Comparator.comparingInt((Landmark l) -> RANK.getOrDefault(l.category(), 2))
                .thenComparingDouble(Landmark::alongMeters));
        List<Landmark> chosen = new ArrayList<>();
        for (Landmark l : candidates)
            if (chosen.stream().noneMatch(c -> Math.abs(c.alongMeters() - l.alongMeters()) < SPACING_METERS))
                chosen.add(l);
        chosen.sort(Comparator.comparingDouble(Landmark::alongMeters));
        return chosen;
    }

    /** The place as passed on the route, or null when no part of the route comes within reach. */
    private static Landmark closest(PointList route, PlaceIndex.Place p, double metersPerDegreeLon) {
        double best = Double.MAX_VALUE;
        double bestAlong = 0;
        boolean left = false;
        double along = 0;
        for (int i = 1; i < route.size(); i++) {
            double ax = (route.getLon(i - 1) - p.lon()) * metersPerDegreeLon;
            double ay = (route.getLat(i - 1) - p.lat()) * 110_574;
            double bx = (route.getLon(i) - p.lon()) * metersPerDegreeLon;
            double by = (route.getLat(i) - p.lat()) * 110_574;
            double dx = bx - ax, dy = by - ay;
            double length = Math.hypot(dx, dy);
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (length * length)));
            double distance = Math.hypot(ax + t * dx, ay + t * dy);
            if (distance < best) {
                best = distance;
                bestAlong = along + t * length;
                // the place (at the origin) is left of the direction of travel when the cross product is positive
                left = dx * (-ay) - dy * (-ax) > 0;
            }
            along += DistanceCalcEarth.DIST_EARTH.calcDist(
                    route.getLat(i - 1), route.getLon(i - 1), route.getLat(i), route.getLon(i));
        }
        if (best > REACH_METERS || bestAlong < 10) return null;
        return new Landmark(bestAlong, p.lat(), p.lon(), p.name(), p.category(), left);
    }
}
