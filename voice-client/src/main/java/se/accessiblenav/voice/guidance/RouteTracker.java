package se.accessiblenav.voice.guidance;

import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.position.Fix;

/**
 * Where the walker is on the route: each fix projected onto the line near where the walker was (so a route
 * that comes back past itself is not confused), the walking speed measured from progress along it, and the
 * walker's course from the fix or, without one, from movement over the last seconds.
 */
final class RouteTracker {
    private static final double WINDOW_BACK_METERS = 25;
    private static final double MIN_SPEED = 0.3;
    private static final double MAX_SPEED = 2.5;

    private final RouteLine line;
    private final double nominalSpeed;
    private Fix lastFix;
    private double along = Double.NaN;
    private RouteLine.Projection projection;
    private double speed;
    private int speedSamples;
    private Fix courseAnchor;
    private double course = Double.NaN;

    RouteTracker(RouteLine line, double nominalSpeedMetersPerSecond) {
        this.line = line;
        this.nominalSpeed = nominalSpeedMetersPerSecond;
        this.speed = nominalSpeedMetersPerSecond;
    }

    /** Starts tracking from a known distance along (after a new route, from where the walker joins it). */
    void startAt(double alongMeters) {
        along = alongMeters;
    }

    RouteLine.Projection update(Fix fix) {
        double seconds = lastFix == null
                ? 1
                : Math.max(1, fix.time().getEpochSecond() - lastFix.time().getEpochSecond());
        if (Double.isNaN(along)) {
            projection = line.project(fix.position());
        } else {
            double ahead = Math.max(30, 3 * MAX_SPEED * seconds + 2 * fix.accuracyMeters());
            projection = line.project(fix.position(), along - WINDOW_BACK_METERS, along + ahead);
        }
        if (!Double.isNaN(along) && lastFix != null) measureSpeed(fix, projection.alongMeters() - along, seconds);
        along = projection.alongMeters();
        updateCourse(fix);
        lastFix = fix;
        return projection;
    }

    private void measureSpeed(Fix fix, double progressMeters, double seconds) {
        double sample = !Double.isNaN(fix.speedMetersPerSecond()) && fix.speedMetersPerSecond() > 0
                ? fix.speedMetersPerSecond()
                : progressMeters / seconds;
        if (sample < MIN_SPEED) return;
        speedSamples++;
        double weight = Math.max(0.05, 1.0 / speedSamples);
        speed = (1 - weight) * speed + weight * Math.min(MAX_SPEED, sample);
    }

    private void updateCourse(Fix fix) {
        if (!Double.isNaN(fix.courseDegrees())) {
            course = fix.courseDegrees();
            return;
        }
        if (courseAnchor == null) courseAnchor = fix;
        double moved = courseAnchor.position().distanceMetersTo(fix.position());
        if (moved >= Math.max(6, 1.5 * fix.accuracyMeters())) {
            course = courseAnchor.position().bearingDegreesTo(fix.position());
            courseAnchor = fix;
        } else if (fix.time().getEpochSecond() - courseAnchor.time().getEpochSecond() > 10) {
            course = Double.NaN;
            courseAnchor = fix;
        }
    }

    double alongMeters() {
        return along;
    }

    RouteLine.Projection projection() {
        return projection;
    }

    /** The walking speed measured so far, or the nominal speed until there is enough to measure. */
    double speedMetersPerSecond() {
        return speedSamples < 3 ? nominalSpeed : speed;
    }

    /** The walker's course in degrees, NaN while unknown. */
    double courseDegrees() {
        return course;
    }

    /**
     * How far the walker's course is from the route's direction just ahead of where they are, 0 to 180
     * degrees; NaN while unknown. Every direction the route takes within the GPS error ahead counts, so rounding
     * a corner is not taken for leaving the route, while walking straight on past it is.
     */
    double headingErrorDegrees() {
        if (Double.isNaN(course) || projection == null) return Double.NaN;
        double reach = Math.max(5, lastFix.accuracyMeters());
        double best = 180;
        for (double a = projection.alongMeters(); a <= projection.alongMeters() + reach; a += 2.5)
            best = Math.min(best, angleBetween(course, line.bearingDegreesAt(a)));
        return best;
    }

    private static double angleBetween(double a, double b) {
        double difference = Math.abs(a - b) % 360;
        return difference > 180 ? 360 - difference : difference;
    }
}
