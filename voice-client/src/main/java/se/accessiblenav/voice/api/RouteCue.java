package se.accessiblenav.voice.api;

import java.util.List;
import se.accessiblenav.voice.geo.LatLon;

/**
 * One cue of the server's guidance: what to say about a point of the route, and how far before it.
 * {@code announceBeforeMeters} is sorted from the farthest announcement to the nearest.
 */
public record RouteCue(
        String id,
        String kind,
        double distanceMeters,
        LatLon position,
        List<Double> announceBeforeMeters,
        String shortText,
        String fullText) {
    public RouteCue {
        announceBeforeMeters = announceBeforeMeters.stream()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    public boolean isArrival() {
        return kind.equals("arrival");
    }

    public boolean isDeparture() {
        return kind.equals("depart");
    }

    public boolean isLandmark() {
        return kind.equals("landmark");
    }

    public boolean isHazard() {
        return kind.equals("hazard");
    }

    /** Turns, crossings, steps, kerbs and hazards: the cues a walker must hear before reaching the point. */
    public boolean isManoeuvre() {
        return !isLandmark() && !isDeparture() && !isArrival() && !kind.equals("reassurance");
    }
}
