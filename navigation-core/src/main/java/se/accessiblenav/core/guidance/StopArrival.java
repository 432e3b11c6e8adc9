package se.accessiblenav.core.guidance;

import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.List;

/**
 * A walk that ends at a stop says so at its end: the stop's name and code, and on which side of the
 * walker it is ("You are at the stop Heidelberg, Alois-Link-Platz, 5 metres on your right").
 */
public final class StopArrival {
    /** Closer than this, the stop is "here" whatever the side. */
    private static final double HERE_METERS = 3;
    /** The walker's heading at the end is measured over the last this many metres. */
    private static final double HEADING_WINDOW_METERS = 10;

    /**
     * The walk's guidance with its arrival cue naming the stop.
     *
     * @param walk guidance of the walk to the stop
     * @param points the walk's geometry
     */
    public RouteGuidance toStop(
            RouteGuidance walk,
            PointList points,
            String stopName,
            String code,
            double stopLat,
            double stopLon,
            GuidanceOptions options) {
        Messages m = Messages.forLocale(options.locale());
        String where = side(m, points, stopLat, stopLon, options);
        String named = code.isBlank() ? stopName : m.get("transit.stop.code", stopName, code);
        List<Cue> cues = new ArrayList<>(walk.cues());
        int last = cues.size() - 1;
        if (last >= 0 && cues.get(last).kind() == CueKind.ARRIVAL) {
            Cue arrival = cues.get(last);
            cues.set(
                    last,
                    new Cue(
                            arrival.id(),
                            CueKind.ARRIVAL,
                            arrival.distanceMeters(),
                            arrival.lat(),
                            arrival.lon(),
                            arrival.announceBeforeMeters(),
                            m.get("transit.stop.arrival.short", stopName),
                            m.get("transit.stop.arrival.full", named, where)));
        }
        return new RouteGuidance(
                walk.language(), walk.languageFallback(), walk.summaryShort(), walk.summaryFull(), cues);
    }

    private static String side(Messages m, PointList points, double stopLat, double stopLon, GuidanceOptions options) {
        int n = points.size();
        double endLat = points.getLat(n - 1);
        double endLon = points.getLon(n - 1);
        double meters = DistanceCalcEarth.DIST_EARTH.calcDist(endLat, endLon, stopLat, stopLon);
        if (meters < HERE_METERS || n < 2) return m.get("transit.stop.here");
        RouteGeometry geometry = new RouteGeometry(points);
        double heading = geometry.bearingBefore(n - 1, HEADING_WINDOW_METERS);
        double toStop = RouteGeometry.bearingBetween(endLat, endLon, stopLat, stopLon);
        double relative = ((toStop - heading) % 360 + 540) % 360 - 180;
        String distance = SpokenDistance.say(m, meters, options.stepLengthMeters());
        String key;
        if (Math.abs(relative) <= 45) key = "transit.stop.ahead";
        else if (Math.abs(relative) >= 135) key = "transit.stop.behind";
        else key = relative > 0 ? "transit.stop.right" : "transit.stop.left";
        return m.get(key, distance);
    }
}
