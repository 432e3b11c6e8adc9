package se.accessiblenav.core.guidance;

import java.util.Optional;

/** Finds the name of the street a walker crosses at a place (the crossing way itself has no name). */
public interface StreetLookup {
    /**
     * @param lat the crossing's place
     * @param lon the crossing's place
     * @param walkingBearing the walker's direction across, in degrees; the street crossed runs across it
     * @return the name of the nearest road with cars, within a few metres, that runs across the walker's
     *     direction, if it has a name
     */
    Optional<String> findCrossedStreet(double lat, double lon, double walkingBearing);

    StreetLookup NONE = (lat, lon, bearing) -> Optional.empty();
}
