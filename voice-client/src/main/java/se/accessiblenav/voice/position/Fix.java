package se.accessiblenav.voice.position;

import java.time.Instant;
import se.accessiblenav.voice.geo.LatLon;

/**
 * A position fix. {@code accuracyMeters} is the source's estimate of its horizontal error as phones report it:
 * the radius within which 68 % of fixes fall;
 * speed and course are {@code NaN} when the source does not give them. {@code truth} is the walker's real
 * position, known only to the simulated walker (for the transcript and tests), otherwise null.
 */
public record Fix(
        Instant time,
        LatLon position,
        double accuracyMeters,
        double speedMetersPerSecond,
        double courseDegrees,
        LatLon truth)
        implements PositionEvent {
    public Fix {
        if (!(accuracyMeters > 0)) throw new IllegalArgumentException("accuracy must be positive: " + accuracyMeters);
    }

    /** The 68 % radius of a two-dimensional normal error is 1.515 times its standard deviation per axis. */
    public static final double RADIUS_68_PER_SIGMA = 1.515;

    /** The standard deviation of the error per axis (north, east) that the accuracy stands for. */
    public double axisSigmaMeters() {
        return accuracyMeters / RADIUS_68_PER_SIGMA;
    }

    public static Fix of(Instant time, LatLon position, double accuracyMeters) {
        return new Fix(time, position, accuracyMeters, Double.NaN, Double.NaN, null);
    }
}
