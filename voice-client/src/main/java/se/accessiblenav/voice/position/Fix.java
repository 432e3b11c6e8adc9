package se.accessiblenav.voice.position;

import java.time.Instant;
import se.accessiblenav.voice.geo.LatLon;

/**
 * A position fix. {@code accuracyMeters} is the source's estimate of its horizontal error (one sigma);
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

    public static Fix of(Instant time, LatLon position, double accuracyMeters) {
        return new Fix(time, position, accuracyMeters, Double.NaN, Double.NaN, null);
    }
}
