package se.accessiblenav.core.guidance;

/**
 * A named place around the walker, in words.
 *
 * @param name the place's name
 * @param category the spoken kind of place ("bus stop"), or empty
 * @param distanceMeters straight-line distance
 * @param bearing compass bearing from the walker
 * @param clockHour direction as a clock hour relative to the walker's heading, or 0 without a heading
 * @param text the spoken line
 */
public record PlaceDescription(
        String name, String category, double distanceMeters, double bearing, int clockHour, String text) {}
