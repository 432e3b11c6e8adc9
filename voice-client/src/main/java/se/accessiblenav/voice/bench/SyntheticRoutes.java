package se.accessiblenav.voice.bench;

import java.util.ArrayList;
import java.util.List;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;

/**
 * Synthetic routes in central Stockholm for the guidance tests and the benchmark: straight legs joined by
 * right-angle turns, with a turn cue at each corner.
 */
public final class SyntheticRoutes {
    public static final LatLon HOTORGET = new LatLon(59.3355, 18.0630);

    /** The route the off-route detector is tuned and measured on: about 700 m, five corners. */
    public static final double[] OFF_ROUTE_TEST_LEGS = {120, 80, 150, 60, 200, 90};

    private SyntheticRoutes() {}

    /** Legs of the given lengths, turning alternately left and right by 90 degrees, with a turn cue at each corner. */
    public static Route zigzag(double... legMeters) {
        List<LatLon> points = new ArrayList<>();
        List<RouteCue> cues = new ArrayList<>();
        LatLon at = HOTORGET;
        points.add(at);
        cues.add(new RouteCue("c1", "depart", 0, at, List.of(0.0), "Head east.", "Head east, then go on."));
        double bearing = 90;
        double along = 0;
        for (int i = 0; i < legMeters.length; i++) {
            at = at.moved(legMeters[i], bearing);
            points.add(at);
            along += legMeters[i];
            if (i < legMeters.length - 1) {
                boolean left = i % 2 == 0;
                String text = left ? "Turn to 9 o'clock." : "Turn to 3 o'clock.";
                cues.add(new RouteCue(
                        "c" + (cues.size() + 1), "turn", along, at, List.of(10.0, 3.0), text, text + " Then go on."));
                bearing += left ? -90 : 90;
            }
        }
        cues.add(new RouteCue(
                "c" + (cues.size() + 1),
                "arrival",
                along,
                at,
                List.of(10.0),
                "You have arrived.",
                "You have arrived."));
        return new Route(new RouteLine(points), cues, List.of(), "en", "A test route.", "A test route.");
    }
}
