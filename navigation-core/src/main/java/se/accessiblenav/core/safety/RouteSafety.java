package se.accessiblenav.core.safety;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a walker meets on one route, counted from the OSM data along it.
 *
 * @param lengthMeters route length
 * @param unsignalledBusyCrossings crossings of tertiary or bigger roads without traffic signals (mapped,
 *     untagged or implicit at a junction)
 * @param unsignalledQuietCrossings the same for residential, unclassified, living and service streets
 * @param unsignalledServiceCrossings of those, the crossings of service streets
 * @param unsignalledByPlace all unsignalled street crossings by where they are; the counts add up to
 *     {@link #unsignalledCrossings()}
 * @param signalisedCrossings crossings with traffic signals
 * @param acousticOrVibratingCrossings signalised crossings with a sound or vibration signal
 * @param stepFlights flights of steps
 * @param drivewayCrossings driveways and parking aisles crossed (not streets, counted apart)
 */
public record RouteSafety(
        double lengthMeters,
        int unsignalledBusyCrossings,
        int unsignalledQuietCrossings,
        int unsignalledServiceCrossings,
        Map<CrossingPlace, Integer> unsignalledByPlace,
        int signalisedCrossings,
        int acousticOrVibratingCrossings,
        int stepFlights,
        int drivewayCrossings) {
    public RouteSafety {
        EnumMap<CrossingPlace, Integer> places = new EnumMap<>(CrossingPlace.class);
        for (CrossingPlace place : CrossingPlace.values()) places.put(place, unsignalledByPlace.getOrDefault(place, 0));
        unsignalledByPlace = Collections.unmodifiableMap(places);
    }

    /** Nothing met: the start of a sum over routes. */
    public static final RouteSafety NONE = new RouteSafety(0, 0, 0, 0, Map.of(), 0, 0, 0, 0);

    /** What this route and {@code other} meet together, their lengths added. */
    public RouteSafety plus(RouteSafety other) {
        Map<CrossingPlace, Integer> places = new EnumMap<>(CrossingPlace.class);
        for (CrossingPlace place : CrossingPlace.values())
            places.put(place, unsignalledByPlace.get(place) + other.unsignalledByPlace.get(place));
        return new RouteSafety(
                lengthMeters + other.lengthMeters,
                unsignalledBusyCrossings + other.unsignalledBusyCrossings,
                unsignalledQuietCrossings + other.unsignalledQuietCrossings,
                unsignalledServiceCrossings + other.unsignalledServiceCrossings,
                places,
                signalisedCrossings + other.signalisedCrossings,
                acousticOrVibratingCrossings + other.acousticOrVibratingCrossings,
                stepFlights + other.stepFlights,
                drivewayCrossings + other.drivewayCrossings);
    }

    public int unsignalledCrossings() {
        return unsignalledBusyCrossings + unsignalledQuietCrossings;
    }
}
