package se.accessiblenav.voice.guidance;

import java.time.Instant;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.position.Fix;

/**
 * The walker's position from the GPS fixes and the receiver's velocity together: a Kalman filter per axis
 * (north, east) whose state is the walker's position and the GPS bias.
 *
 * <p>A fix is the true position plus a bias that drifts slowly plus white noise. A receiver's speed and course
 * come from the Doppler shift and carry no such bias. So the filter moves its estimate with the reported
 * velocity and lets each fix pull it only as much as the fix's noise deserves: the white noise is smoothed
 * away, and part of a bias that builds up slowly is told apart from real movement, because the velocity says
 * the walker did not move that way. Without a velocity (a GPX track, a receiver that gives none, a gap of more
 * than a few seconds) the estimate is the fix itself, less what is still known of the bias.
 *
 * <p>The error model is the one phones report their accuracy in: the accuracy is a 68 % radius, a third of the
 * variance drifts with a time constant of about a minute, and the velocity is good to a few tenths of a metre
 * per second. A fix far outside what the filter expects (a jump off a building) is left out; after several in
 * a row the filter starts again from the fixes, so it can never hold on to a wrong position.
 */
final class PositionFilter {
    private static final double DRIFT_SHARE = 0.36;
    private static final double DRIFT_TIME_CONSTANT_SECONDS = 60;
    private static final double VELOCITY_NOISE = 0.3;
    private static final double UNKNOWN_MOVEMENT_VARIANCE = 1e6;
    private static final double STANDING_SPEED = 0.3;
    private static final long MAX_DEAD_RECKONING_SECONDS = 3;
    private static final double GATE_SQUARED = 5 * 5;
    private static final int RESTART_AFTER_OUTLIERS = 5;

    private final Axis north = new Axis();
    private final Axis east = new Axis();
    private LatLon origin;
    private Instant lastTime;
    /** The last fix's velocity north and east in m/s, null when unknown. */
    private double[] lastVelocity;

    private int outliersInARow;

    /** Takes the next fix and gives the filtered fix: the same fix with the estimated position. */
    Fix update(Fix fix) {
        double sigma = fix.axisSigmaMeters();
        double whiteVariance = sigma * sigma * (1 - DRIFT_SHARE);
        double biasVariance = sigma * sigma * DRIFT_SHARE;
        if (origin == null) origin = fix.position();
        double z0 = fix.position().northMetersFrom(origin);
        double z1 = fix.position().eastMetersFrom(origin);
        double[] velocity = velocity(fix);
        if (lastTime == null || outliersInARow >= RESTART_AFTER_OUTLIERS) {
            north.start(z0, biasVariance);
            east.start(z1, biasVariance);
            outliersInARow = 0;
        } else {
            predict(fix.time(), velocity, biasVariance);
        }
        if (north.surprise(z0, whiteVariance) + east.surprise(z1, whiteVariance) > GATE_SQUARED) {
            outliersInARow++;
        } else {
            outliersInARow = 0;
            north.correct(z0, whiteVariance);
            east.correct(z1, whiteVariance);
        }
        lastTime = fix.time();
        lastVelocity = velocity;
        return new Fix(
                fix.time(),
                origin.offsetMeters(north.position, east.position),
                fix.accuracyMeters(),
                fix.speedMetersPerSecond(),
                fix.courseDegrees(),
                fix.truth());
    }

    private void predict(Instant time, double[] now, double biasVariance) {
        long seconds = Math.max(1, time.getEpochSecond() - lastTime.getEpochSecond());
        double keep = Math.exp(-seconds / DRIFT_TIME_CONSTANT_SECONDS);
        double[] before = lastVelocity;
        if (before == null || now == null || seconds > MAX_DEAD_RECKONING_SECONDS) {
            north.predict(0, UNKNOWN_MOVEMENT_VARIANCE, keep, biasVariance);
            east.predict(0, UNKNOWN_MOVEMENT_VARIANCE, keep, biasVariance);
        } else {
            double spread = VELOCITY_NOISE * seconds;
            north.predict((before[0] + now[0]) / 2 * seconds, spread * spread, keep, biasVariance);
            east.predict((before[1] + now[1]) / 2 * seconds, spread * spread, keep, biasVariance);
        }
    }

    /** The fix's velocity north and east in m/s; standing still when slow without a course; null when unknown. */
    private static double[] velocity(Fix fix) {
        double speed = fix.speedMetersPerSecond();
        double course = fix.courseDegrees();
        if (Double.isNaN(speed)) return null;
        if (Double.isNaN(course)) return speed < STANDING_SPEED ? new double[] {0, 0} : null;
        double radians = Math.toRadians(course);
        return new double[] {speed * Math.cos(radians), speed * Math.sin(radians)};
    }

    /** One axis: the walker's position and the GPS bias, with their covariance. */
    private static final class Axis {
        double position;
        double bias;
        double pp;
        double pb;
        double bb;

        void start(double measured, double biasVariance) {
            position = measured;
            bias = 0;
            pp = UNKNOWN_MOVEMENT_VARIANCE;
            pb = 0;
            bb = biasVariance;
        }

        void predict(double moved, double movedVariance, double keep, double biasVariance) {
            position += moved;
            bias *= keep;
            pp += movedVariance;
            pb *= keep;
            bb = keep * keep * bb + biasVariance * (1 - keep * keep);
        }

        /** The squared innovation in units of its variance. */
        double surprise(double measured, double whiteVariance) {
            double innovation = measured - position - bias;
            return innovation * innovation / (pp + 2 * pb + bb + whiteVariance);
        }

        void correct(double measured, double whiteVariance) {
            double innovation = measured - position - bias;
            double s = pp + 2 * pb + bb + whiteVariance;
            double toPosition = (pp + pb) / s;
            double toBias = (pb + bb) / s;
            position += toPosition * innovation;
            bias += toBias * innovation;
            double newPp = pp - toPosition * (pp + pb);
            double newPb = pb - toPosition * (pb + bb);
            double newBb = bb - toBias * (pb + bb);
            pp = newPp;
            pb = newPb;
            bb = newBb;
        }
    }
}
