package se.accessiblenav.voice.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;

/** A route from the server: its line, its cues in order along it, the street names along it and a summary. */
public record Route(
        RouteLine line,
        List<RouteCue> cues,
        List<StreetStretch> streets,
        String language,
        String summaryShortText,
        String summaryFullText) {

    /** A named street between two distances along the route. */
    public record StreetStretch(double fromMeters, double toMeters, String name) {}

    public Route {
        cues = cues.stream()
                .sorted(Comparator.comparingDouble(RouteCue::distanceMeters))
                .toList();
        streets = List.copyOf(streets);
    }

    public double lengthMeters() {
        return line.lengthMeters();
    }

    public LatLon destination() {
        return line.points().get(line.points().size() - 1);
    }

    /** The street at a distance along the route, when the map names it. */
    public Optional<String> findStreetAt(double alongMeters) {
        return streets.stream()
                .filter(s -> alongMeters >= s.fromMeters() && alongMeters < s.toMeters())
                .map(StreetStretch::name)
                .findFirst();
    }

    /** The first manoeuvre or arrival cue at or beyond a distance along the route. */
    public Optional<RouteCue> findNextCue(double alongMeters) {
        return cues.stream()
                .filter(c -> c.distanceMeters() >= alongMeters && (c.isManoeuvre() || c.isArrival()))
                .findFirst();
    }
}
