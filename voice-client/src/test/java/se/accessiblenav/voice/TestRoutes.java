package se.accessiblenav.voice;

import java.util.ArrayList;
import java.util.List;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.bench.SyntheticRoutes;
import se.accessiblenav.voice.geo.LatLon;

/** Synthetic routes in central Stockholm for guidance tests: straight legs joined by right-angle turns. */
public final class TestRoutes {
    public static final LatLon HOTORGET = SyntheticRoutes.HOTORGET;

    private TestRoutes() {}

    /** See {@link SyntheticRoutes#zigzag}. */
    public static Route zigzag(double... legMeters) {
        return SyntheticRoutes.zigzag(legMeters);
    }

    /** The same route with one more cue. */
    public static Route withCue(Route route, RouteCue cue) {
        List<RouteCue> cues = new ArrayList<>(route.cues());
        cues.add(cue);
        return new Route(
                route.line(),
                cues,
                route.streets(),
                route.language(),
                route.summaryShortText(),
                route.summaryFullText());
    }
}
