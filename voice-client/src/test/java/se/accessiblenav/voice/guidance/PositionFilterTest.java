package se.accessiblenav.voice.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.accessiblenav.voice.TestRoutes;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.GpsErrorModel;

class PositionFilterTest {
    private static final LatLon START = TestRoutes.HOTORGET;
    private static final double SPEED = 1.2;

    /** A walker going east at 1.2 m/s for {@code seconds}, seen through {@code gps}; returns the RMS errors. */
    private static double[] walkEast(GpsErrorModel gps, int seconds, boolean withVelocity) {
        PositionFilter filter = new PositionFilter();
        double rawSquares = 0;
        double filteredSquares = 0;
        for (int t = 0; t < seconds; t++) {
            LatLon truth = START.moved(SPEED * t, 90);
            GpsErrorModel.Reading reading = gps.read(truth);
            GpsErrorModel.Velocity velocity = gps.velocity(SPEED, 90);
            Fix fix = new Fix(
                    Instant.EPOCH.plusSeconds(t),
                    reading.position(),
                    reading.accuracyMeters(),
                    withVelocity ? velocity.speedMetersPerSecond() : Double.NaN,
                    withVelocity ? velocity.courseDegrees() : Double.NaN,
                    truth);
            LatLon estimate = filter.update(fix).position();
            if (t < 60) continue; // past the start, where both are alike
            rawSquares += Math.pow(reading.position().distanceMetersTo(truth), 2);
            filteredSquares += Math.pow(estimate.distanceMetersTo(truth), 2);
        }
        int n = seconds - 60;
        return new double[] {Math.sqrt(rawSquares / n), Math.sqrt(filteredSquares / n)};
    }

    @Test
    void withTheReceiversVelocityTheEstimateIsMuchCloserThanTheFixes() {
        double[] rms = walkEast(new GpsErrorModel(GpsErrorModel.Settings.typical(5), 11), 3600, true);
        assertThat(rms[0]).as("raw fixes' RMS error").isBetween(4.0, 5.5);
        assertThat(rms[1])
                .as("filtered RMS error: white noise smoothed away and part of the drift told apart")
                .isLessThan(0.7 * rms[0]);
    }

    @Test
    void withoutAVelocityTheEstimateIsTheFix() {
        double[] rms = walkEast(new GpsErrorModel(GpsErrorModel.Settings.typical(5), 12), 600, false);
        assertThat(rms[1]).isCloseTo(rms[0], within(0.05));
    }

    /**
     * A sharp right-angle turn between two fixes is taken as a rounded one (the mean of the velocities before and
     * after): less than a metre off, and the fixes pull the estimate back.
     */
    @Test
    void followsATurnAtOnce() {
        PositionFilter filter = new PositionFilter();
        LatLon truth = START;
        double[] error = new double[40];
        for (int t = 0; t < 40; t++) {
            double course = t < 20 ? 90 : 0;
            if (t > 0) truth = truth.moved(SPEED, course);
            Fix fix = new Fix(Instant.EPOCH.plusSeconds(t), truth, 5, SPEED, course, truth);
            error[t] = filter.update(fix).position().distanceMetersTo(truth);
        }
        for (int t = 0; t < 20; t++)
            assertThat(error[t]).as("second %d, before the turn", t).isLessThan(0.01);
        for (int t = 20; t < 40; t++)
            assertThat(error[t]).as("second %d, after the turn", t).isLessThan(1);
        assertThat(error[39]).as("20 s after the turn").isLessThan(error[20] / 2);
    }

    @Test
    void leavesOutAJumpAndStartsAgainWhenTheFixesStayAway() {
        PositionFilter filter = new PositionFilter();
        LatLon truth = START;
        int t = 0;
        for (; t < 30; t++) {
            truth = START.moved(SPEED * t, 90);
            filter.update(new Fix(Instant.EPOCH.plusSeconds(t), truth, 5, SPEED, 90, truth));
        }
        for (; t < 33; t++) {
            truth = START.moved(SPEED * t, 90);
            LatLon jumped = truth.moved(40, 0);
            Fix estimate = filter.update(new Fix(Instant.EPOCH.plusSeconds(t), jumped, 5, SPEED, 90, truth));
            assertThat(estimate.position().distanceMetersTo(truth))
                    .as("a 40 m jump for 3 s is left out")
                    .isLessThan(1);
        }
        LatLon moved = null;
        for (; t < 40; t++) {
            truth = START.moved(SPEED * t, 90);
            moved = truth.moved(40, 0);
            Fix estimate = filter.update(new Fix(Instant.EPOCH.plusSeconds(t), moved, 5, SPEED, 90, truth));
            if (t == 39)
                assertThat(estimate.position().distanceMetersTo(moved))
                        .as("fixes 40 m away for 10 s: the filter has started again from them")
                        .isLessThan(2);
        }
    }
}
