package se.accessiblenav.core.guidance;

import java.util.Locale;
import java.util.Objects;

/**
 * How guidance is worded and timed.
 *
 * @param locale requested language; languages without messages fall back to English
 * @param clockFace turns as clock-face directions ("to 9 o'clock") instead of left/right
 * @param walkingSpeedMetersPerSecond the walker's speed; announcement leads follow it
 * @param stepLengthMeters one step, for distances said in steps
 * @param leadSeconds how long before a place its pre-announcement comes
 */
public record GuidanceOptions(
        Locale locale,
        boolean clockFace,
        double walkingSpeedMetersPerSecond,
        double stepLengthMeters,
        double leadSeconds) {
    public GuidanceOptions {
        Objects.requireNonNull(locale, "locale");
        if (walkingSpeedMetersPerSecond < 0.2 || walkingSpeedMetersPerSecond > 3)
            throw new IllegalArgumentException(
                    "walking speed must be 0.2 to 3 m/s, was " + walkingSpeedMetersPerSecond);
        if (stepLengthMeters < 0.3 || stepLengthMeters > 1.2)
            throw new IllegalArgumentException("step length must be 0.3 to 1.2 m, was " + stepLengthMeters);
        if (leadSeconds < 2 || leadSeconds > 60)
            throw new IllegalArgumentException("lead must be 2 to 60 s, was " + leadSeconds);
    }

    /** English, clock face, 1.0 m/s (a careful pace with a cane), 0.7 m steps, 10 s lead. */
    public static GuidanceOptions defaults(Locale locale) {
        return new GuidanceOptions(locale, true, 1.0, 0.7, 10);
    }
}
