package se.accessiblenav.core.guidance;

/**
 * What is known about where a walker stands, before it is put into words.
 *
 * @param street the street or sidewalk's street the walker is on; empty on an unnamed path
 * @param onSidewalk true on a sidewalk mapped beside {@code street}
 * @param besideStreet true on an unnamed footpath that runs beside {@code street}
 * @param sideBearing compass bearing from the street's centre line to the walker, or null if unknown
 * @param cornerStreetA one street of the nearest corner, or null when there is none near
 * @param cornerStreetB the other street of that corner
 * @param cornerDistanceMeters distance to that corner
 * @param heading the walker's heading in degrees, or null if unknown
 * @param accuracyMeters GPS accuracy, or null if unknown (then distances are said as measured)
 */
public record LocationFacts(
        String street,
        boolean onSidewalk,
        boolean besideStreet,
        Double sideBearing,
        String cornerStreetA,
        String cornerStreetB,
        double cornerDistanceMeters,
        Double heading,
        Double accuracyMeters) {}
