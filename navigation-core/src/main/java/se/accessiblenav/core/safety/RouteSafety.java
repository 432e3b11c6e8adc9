package se.accessiblenav.core.safety;

/**
 * What a walker meets on one route, counted from the OSM data along it.
 *
 * @param lengthMeters route length
 * @param unsignalledBusyCrossings crossings of tertiary or bigger roads without traffic signals (mapped,
 *     untagged or implicit at a junction)
 * @param unsignalledQuietCrossings the same for residential, unclassified, living and service streets
 * @param signalisedCrossings crossings with traffic signals
 * @param acousticOrVibratingCrossings signalised crossings with a sound or vibration signal
 * @param stepFlights flights of steps
 * @param drivewayCrossings driveways and parking aisles crossed (not streets, counted apart)
 */
public record RouteSafety(
        double lengthMeters,
        int unsignalledBusyCrossings,
        int unsignalledQuietCrossings,
        int signalisedCrossings,
        int acousticOrVibratingCrossings,
        int stepFlights,
        int drivewayCrossings) {
    public int unsignalledCrossings() {
        return unsignalledBusyCrossings + unsignalledQuietCrossings;
    }
}
