package se.accessiblenav.core.guidance;

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
final class RouteLandmarks {
    static final double REACH_METERS = 15;
    static final double SPACING_METERS = 120;
    private static final Map<String, Integer> RANK =
            Map.of("bus_stop", 0, "tram_stop", 0, "stop", 0, "subway_entrance", 0, "station", 0, "entrance", 1);

    private RouteLandmarks() {}

    /** A place beside the route: where the walker passes it, and on which side. */
    record Landmark(double alongMeters, double lat, double lon, String name, String category, boolean left) {}

    static List<Landmark> along(RouteGeometry route, PlaceIndex places) {
        if (route.size() < 2 || places.size() == 0) return List.of();
        double minLat = Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE,
                minLon = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE;
        for (int i = 0; i < route.size(); i++) {
            minLat = Math.min(minLat, route.lat(i));
            maxLat = Math.max(maxLat, route.lat(i));
            minLon = Math.min(minLon, route.lon(i));
            maxLon = Math.max(maxLon, route.lon(i));
        }
        double metersPerDegreeLon = 111_320 * Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double dLat = REACH_METERS / 110_574;
        double dLon = REACH_METERS / metersPerDegreeLon;
        RouteFrame frame = new RouteFrame(route, minLat, minLon, metersPerDegreeLon);
        List<Landmark> candidates = new ArrayList<>();
        for (PlaceIndex.Place p : places.within(minLat - dLat, minLon - dLon, maxLat + dLat, maxLon + dLon)) {
            Landmark beside = frame.closest(p);
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

    /**
     * The route in local metres (x east, y north from the south-west corner of its box), worked out once
     * for all the places to check; distances along it are the route geometry's.
     */
    private static final class RouteFrame {
        private final double[] x;
        private final double[] y;
        private final RouteGeometry route;
        private final double originLat;
        private final double originLon;
        private final double metersPerDegreeLon;

        RouteFrame(RouteGeometry route, double originLat, double originLon, double metersPerDegreeLon) {
            int n = route.size();
            this.x = new double[n];
            this.y = new double[n];
            this.route = route;
            this.originLat = originLat;
            this.originLon = originLon;
            this.metersPerDegreeLon = metersPerDegreeLon;
            for (int i = 0; i < n; i++) {
                x[i] = (route.lon(i) - originLon) * metersPerDegreeLon;
                y[i] = (route.lat(i) - originLat) * 110_574;
            }
        }

        /** Where the walker passes the place, if it is within reach of the route and not at its start. */
        Landmark closest(PlaceIndex.Place p) {
            double px = (p.lon() - originLon) * metersPerDegreeLon;
            double py = (p.lat() - originLat) * 110_574;
            double bestSquared = REACH_METERS * REACH_METERS;
            double bestAlong = 0;
            boolean found = false;
            boolean left = false;
            for (int i = 1; i < x.length; i++) {
                // segments whose box, widened by the reach, misses the place cannot be closer
                if (px < Math.min(x[i - 1], x[i]) - REACH_METERS
                        || px > Math.max(x[i - 1], x[i]) + REACH_METERS
                        || py < Math.min(y[i - 1], y[i]) - REACH_METERS
                        || py > Math.max(y[i - 1], y[i]) + REACH_METERS) continue;
                double ax = x[i - 1] - px, ay = y[i - 1] - py;
                double dx = x[i] - x[i - 1], dy = y[i] - y[i - 1];
                double lengthSquared = dx * dx + dy * dy;
                double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
                double cx = ax + t * dx, cy = ay + t * dy;
                double distanceSquared = cx * cx + cy * cy;
                if (distanceSquared < bestSquared || (!found && distanceSquared == bestSquared)) {
                    bestSquared = distanceSquared;
                    bestAlong = route.along(i - 1) + t * (route.along(i) - route.along(i - 1));
                    // the place (at the origin) is left of the direction of travel when the cross product is positive
                    left = dx * (-ay) - dy * (-ax) > 0;
                    found = true;
                }
            }
            if (!found || bestAlong < 10) return null;
            return new Landmark(bestAlong, p.lat(), p.lon(), p.name(), p.category(), left);
        }
    }
}
