package se.accessiblenav.voice.position;

import java.time.Instant;
import java.util.function.Supplier;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;

/**
 * A walker who follows the route the client holds, one step a second at a steady speed, seen through a
 * {@link GpsErrorModel}. When the client gets a new route the walker walks to it and follows it. A
 * {@link Deviation} makes the walker go wrong once: at a distance along the first route they walk off in
 * another direction, stop, and wait for a new route; if none comes they walk back to the route they have.
 */
public final class SimulatedWalker implements PositionSource {
    /**
     * Leave the first route at {@code atAlongMeters}, {@code turnDegrees} from the route's direction just before
     * that point (0 = straight on where the route turns), for {@code lengthMeters}.
     */
    public record Deviation(double atAlongMeters, double turnDegrees, double lengthMeters) {}

    private static final int WAIT_FOR_NEW_ROUTE_SECONDS = 20;
    private static final int STAND_AT_END_SECONDS = 30;

    private final Supplier<RouteLine> currentRoute;
    private final double speedMetersPerSecond;
    private final GpsErrorModel gps;
    private final Deviation deviation;
    private final Instant start;

    private RouteLine following;
    private double along;
    private LatLon truth;
    private long second;
    private State state = State.FOLLOWING;
    private double deviationBearing;
    private double deviatedMeters;
    private int waitedSeconds;
    private int stoodAtEndSeconds;
    private boolean deviationDone;

    private enum State {
        FOLLOWING,
        JOINING,
        DEVIATING,
        WAITING,
        AT_END
    }

    public SimulatedWalker(
            Supplier<RouteLine> currentRoute,
            double speedMetersPerSecond,
            GpsErrorModel gps,
            Deviation deviation,
            Instant start) {
        if (!(speedMetersPerSecond > 0 && speedMetersPerSecond < 5))
            throw new IllegalArgumentException("A walking speed is between 0 and 5 m/s, not " + speedMetersPerSecond);
        this.currentRoute = currentRoute;
        this.speedMetersPerSecond = speedMetersPerSecond;
        this.gps = gps;
        this.deviation = deviation;
        this.start = start;
    }

    /** Where the walker really is (not what the GPS says). */
    public LatLon truth() {
        return truth;
    }

    @Override
    public PositionEvent next() {
        RouteLine route = currentRoute.get();
        if (following == null) {
            following = route;
            truth = route.pointAt(0);
        } else {
            step(route);
            if (state == State.AT_END && ++stoodAtEndSeconds > STAND_AT_END_SECONDS) return null;
        }
        Instant time = start.plusSeconds(second++);
        GpsErrorModel.Reading reading = gps.read(truth);
        if (reading == null) return new NoFix(time);
        double course = state == State.WAITING || state == State.AT_END ? Double.NaN : currentBearing();
        GpsErrorModel.Velocity velocity = gps.velocity(speedMetersPerSecond, course);
        return new Fix(
                time,
                reading.position(),
                reading.accuracyMeters(),
                velocity.speedMetersPerSecond(),
                velocity.courseDegrees(),
                truth);
    }

    private void step(RouteLine route) {
        if (route != following && state != State.DEVIATING) {
            following = route;
            state = State.JOINING;
        }
        switch (state) {
            case FOLLOWING -> follow();
            case JOINING -> join();
            case DEVIATING -> deviate();
            case WAITING -> {
                if (++waitedSeconds >= WAIT_FOR_NEW_ROUTE_SECONDS) state = State.JOINING;
            }
            case AT_END -> {}
        }
    }

    private void follow() {
        double next = along + speedMetersPerSecond;
        if (deviation != null
                && !deviationDone
                && along < deviation.atAlongMeters()
                && next >= deviation.atAlongMeters()) {
            deviationDone = true;
            along = deviation.atAlongMeters();
            truth = following.pointAt(along);
            deviationBearing = following.bearingDegreesAt(along - 1) + deviation.turnDegrees();
            state = State.DEVIATING;
            return;
        }
        along = Math.min(next, following.lengthMeters());
        truth = following.pointAt(along);
        if (along >= following.lengthMeters()) state = State.AT_END;
    }

    private void join() {
        RouteLine.Projection nearest = following.project(truth);
        LatLon target = following.pointAt(nearest.alongMeters());
        double distance = truth.distanceMetersTo(target);
        if (distance <= speedMetersPerSecond) {
            truth = target;
            along = nearest.alongMeters();
            state = State.FOLLOWING;
        } else {
            truth = truth.moved(speedMetersPerSecond, truth.bearingDegreesTo(target));
        }
    }

    private void deviate() {
        truth = truth.moved(speedMetersPerSecond, deviationBearing);
        deviatedMeters += speedMetersPerSecond;
        if (deviatedMeters >= deviation.lengthMeters()) {
            state = State.WAITING;
            waitedSeconds = 0;
        }
        if (currentRoute.get() != following) {
            following = currentRoute.get();
            state = State.JOINING;
        }
    }

    private double currentBearing() {
        return switch (state) {
            case DEVIATING -> deviationBearing;
            default -> following.bearingDegreesAt(along);
        };
    }

    @Override
    public String describe() {
        return "simulated walker at " + speedMetersPerSecond + " m/s";
    }

    @Override
    public void close() {}
}
