package se.accessiblenav.server;

import com.fasterxml.jackson.databind.JsonNode;

/** Geometry checks on a route path of the JSON answer (with {@code points_encoded=false}). */
public final class RoutePaths {
    private RoutePaths() {}

    /** Whether the path enters the box {west, south, east, north}, at a vertex or between two. */
    public static boolean passesThrough(JsonNode path, double[] box) {
        JsonNode cs = path.path("points").path("coordinates");
        for (int i = 0; i < cs.size(); i++) {
            if (i == 0) {
                if (inside(cs.get(0).get(0).asDouble(), cs.get(0).get(1).asDouble(), box)) return true;
                continue;
            }
            // a straight segment may cross the box without a vertex inside: sample along it
            for (int k = 1; k <= 20; k++) {
                double f = k / 20.0;
                double lon = cs.get(i - 1).get(0).asDouble() * (1 - f)
                        + cs.get(i).get(0).asDouble() * f;
                double lat = cs.get(i - 1).get(1).asDouble() * (1 - f)
                        + cs.get(i).get(1).asDouble() * f;
                if (inside(lon, lat, box)) return true;
            }
        }
        return false;
    }

    private static boolean inside(double lon, double lat, double[] box) {
        return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
    }
}
