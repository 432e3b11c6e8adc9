package se.accessiblenav.voice.guidance;

/**
 * How the client guides.
 *
 * @param language "en" or "sv", for the client's own sentences (the server words the cues)
 * @param arrivalDistanceMeters how near the destination arrival is announced
 * @param leadSeconds announcements come this much earlier than the server's distances, times the walker's speed
 * @param gpsLostAfterSeconds how long without a fix before the walker is told GPS is lost
 * @param offRouteMeters how far the smoothed position must be from the route to count as off it
 * @param verbosity how much is said besides what must be said
 * @param nominalSpeedMetersPerSecond the walking speed assumed until it has been measured
 */
public record GuidanceSettings(
        String language,
        double arrivalDistanceMeters,
        double leadSeconds,
        double gpsLostAfterSeconds,
        double offRouteMeters,
        Verbosity verbosity,
        double nominalSpeedMetersPerSecond) {
    public GuidanceSettings {
        if (arrivalDistanceMeters < 1 || arrivalDistanceMeters > 100)
            throw new IllegalArgumentException(
                    "The arrival distance is between 1 and 100 m, not " + arrivalDistanceMeters);
        if (offRouteMeters < 5 || offRouteMeters > 100)
            throw new IllegalArgumentException("The off-route distance is between 5 and 100 m, not " + offRouteMeters);
        if (leadSeconds < 0 || gpsLostAfterSeconds <= 0 || nominalSpeedMetersPerSecond <= 0)
            throw new IllegalArgumentException("Lead, GPS-lost time and walking speed must be positive");
    }

    public static GuidanceSettings defaults(String language) {
        return new GuidanceSettings(language, 10, 1.5, 5, 12, Verbosity.NORMAL, 1.2);
    }

    public GuidanceSettings withVerbosity(Verbosity newVerbosity) {
        return new GuidanceSettings(
                language,
                arrivalDistanceMeters,
                leadSeconds,
                gpsLostAfterSeconds,
                offRouteMeters,
                newVerbosity,
                nominalSpeedMetersPerSecond);
    }
}
