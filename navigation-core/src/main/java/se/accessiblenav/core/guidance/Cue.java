package se.accessiblenav.core.guidance;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One spoken guidance message at a place on the route.
 *
 * @param id unique within the route ({@code c1}, {@code c2}, ...)
 * @param kind what the cue is about
 * @param distanceMeters where it is, measured along the route from the start
 * @param lat latitude of the place
 * @param lon longitude of the place
 * @param announceBeforeMeters distances before the place at which a client announces it, kept largest first
 *     and without repeats: a pre-announcement that follows walking speed, then one at the place itself
 *     (arrival: one, the radius within which the walker has arrived)
 * @param shortText the short form, for frequent or hurried announcements
 * @param fullText the full form, with every detail a walker needs
 */
public record Cue(
        String id,
        CueKind kind,
        double distanceMeters,
        double lat,
        double lon,
        List<Double> announceBeforeMeters,
        String shortText,
        String fullText) {
    public Cue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shortText, "shortText");
        Objects.requireNonNull(fullText, "fullText");
        if (distanceMeters < 0) throw new IllegalArgumentException("distanceMeters must be >= 0");
        TreeSet<Double> distinct = new TreeSet<>(Comparator.reverseOrder());
        for (Double distance : announceBeforeMeters) {
            if (!(distance >= 0))
                throw new IllegalArgumentException("announceBeforeMeters must be one or more distances >= 0");
            distinct.add(distance);
        }
        if (distinct.isEmpty())
            throw new IllegalArgumentException("announceBeforeMeters must be one or more distances >= 0");
        announceBeforeMeters = List.copyOf(distinct);
    }
}
