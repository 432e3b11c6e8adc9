package se.accessiblenav.server.kiosk;

import java.util.Map;

/**
 * One scripted walk of the demo kiosk: where it starts and ends, the walker profile, and its name and
 * what it shows, in English and Swedish.
 *
 * @param from latitude, longitude of the start
 * @param to latitude, longitude of the destination
 * @param transit a trip with public transport ({@code /route-pt}) instead of a walk; kept only where the server
 *     has a timetable
 */
public record KioskWalk(
        String id,
        String profile,
        double[] from,
        double[] to,
        Map<String, String> name,
        Map<String, String> about,
        boolean transit) {
    public KioskWalk {
        if (id == null || !id.matches("[a-z0-9-]+"))
            throw new IllegalArgumentException("A walk needs an id of lower-case letters, digits and '-': " + id);
        if (profile == null || profile.isBlank()) throw new IllegalArgumentException("Walk " + id + " needs a profile");
        checkPoint(id, "from", from);
        checkPoint(id, "to", to);
        for (String language : new String[] {"en", "sv"}) {
            if (name == null || name.getOrDefault(language, "").isBlank())
                throw new IllegalArgumentException("Walk " + id + " needs a name in '" + language + "'");
            if (about == null || about.getOrDefault(language, "").isBlank())
                throw new IllegalArgumentException("Walk " + id + " needs an 'about' text in '" + language + "'");
        }
        from = from.clone();
        to = to.clone();
        name = Map.copyOf(name);
        about = Map.copyOf(about);
    }

    private static void checkPoint(String id, String which, double[] point) {
        if (point == null || point.length != 2 || Math.abs(point[0]) > 90 || Math.abs(point[1]) > 180)
            throw new IllegalArgumentException("Walk " + id + ": '" + which + "' must be [latitude, longitude]");
    }
}
