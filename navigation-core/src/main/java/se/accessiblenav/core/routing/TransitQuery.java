package se.accessiblenav.core.routing;

import com.graphhopper.util.shapes.GHPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A door-to-door trip with public transport: where from and to, when, and which walker profile walks the
 * legs to, between and from the stops (GraphHopper's {@code /route-pt} parameters).
 *
 * @param from the start
 * @param to the destination
 * @param time the earliest departure (or, with {@code arriveBy}, the latest arrival)
 * @param arriveBy whether {@code time} is the arrival
 * @param profile the walker profile for every walk, with its crossing and obstacle rules
 * @param locale the language of stop and street instructions
 * @param limitSolutions at most this many trips (the fastest first)
 * @param maxWalk the longest walk to the first stop and from the last one
 * @param walkingSpeedKmh the walker's speed, for the times of the walks
 */
public record TransitQuery(
        GHPoint from,
        GHPoint to,
        Instant time,
        boolean arriveBy,
        String profile,
        Locale locale,
        int limitSolutions,
        Duration maxWalk,
        double walkingSpeedKmh) {
    /** A careful pace with a cane, as the spoken guidance assumes: 1 m/s. */
    public static final double DEFAULT_WALKING_SPEED_KMH = 3.6;

    public static final Duration DEFAULT_MAX_WALK = Duration.ofMinutes(30);

    public TransitQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(maxWalk, "maxWalk");
        if (limitSolutions < 1 || limitSolutions > 10)
            throw new IllegalArgumentException("limit_solutions must be 1 to 10, was " + limitSolutions);
        if (maxWalk.isNegative() || maxWalk.isZero() || maxWalk.toMinutes() > 120)
            throw new IllegalArgumentException("the longest walk must be 1 to 120 minutes, was " + maxWalk);
        if (!(walkingSpeedKmh >= 1 && walkingSpeedKmh <= 8))
            throw new IllegalArgumentException("walking speed must be 1 to 8 km/h, was " + walkingSpeedKmh);
    }

    /** The same trip at another walking pace. */
    public TransitQuery withWalkingSpeed(double kmh) {
        return new TransitQuery(from, to, time, arriveBy, profile, locale, limitSolutions, maxWalk, kmh);
    }

    /** Departing at {@code time}, up to three trips, walks of up to 30 minutes at 1 m/s. */
    public static TransitQuery departing(GHPoint from, GHPoint to, Instant time, String profile, Locale locale) {
        return new TransitQuery(from, to, time, false, profile, locale, 3, DEFAULT_MAX_WALK, DEFAULT_WALKING_SPEED_KMH);
    }
}
