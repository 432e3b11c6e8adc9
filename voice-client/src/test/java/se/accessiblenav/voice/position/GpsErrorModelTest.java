package se.accessiblenav.voice.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import se.accessiblenav.voice.TestRoutes;
import se.accessiblenav.voice.geo.LatLon;

class GpsErrorModelTest {
    private static final LatLon HERE = TestRoutes.HOTORGET;

    @Test
    void sixtyEightPercentOfFixesFallWithinTheStatedAccuracy() {
        GpsErrorModel gps = new GpsErrorModel(GpsErrorModel.Settings.typical(5), 42);
        int within = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) if (gps.read(HERE).position().distanceMetersTo(HERE) <= 5) within++;
        assertThat(within / (double) n).isBetween(0.6, 0.76);
    }

    @Test
    void driftMakesNeighbouringErrorsAlike() {
        GpsErrorModel gps = new GpsErrorModel(new GpsErrorModel.Settings(5, 1, 60, 0, 0, 0, 0, 0), 7);
        double largestStep = 0;
        LatLon previous = gps.read(HERE).position();
        for (int i = 0; i < 600; i++) {
            LatLon now = gps.read(HERE).position();
            largestStep = Math.max(largestStep, now.distanceMetersTo(previous));
            previous = now;
        }
        assertThat(largestStep)
                .as("a pure drift moves little from one second to the next")
                .isLessThan(3);
    }

    @Test
    void theVelocityHasItsOwnSmallErrorAndNoBias() {
        GpsErrorModel gps = new GpsErrorModel(GpsErrorModel.Settings.typical(5), 5);
        double sumEast = 0;
        double sumSquaresNorth = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            gps.read(HERE);
            GpsErrorModel.Velocity v = gps.velocity(1.2, 90);
            double course = Math.toRadians(v.courseDegrees());
            sumEast += v.speedMetersPerSecond() * Math.sin(course);
            sumSquaresNorth += Math.pow(v.speedMetersPerSecond() * Math.cos(course), 2);
        }
        assertThat(sumEast / n).as("mean speed east").isCloseTo(1.2, within(0.01));
        assertThat(Math.sqrt(sumSquaresNorth / n))
                .as("error across the course, m/s")
                .isCloseTo(GpsErrorModel.TYPICAL_VELOCITY_NOISE, within(0.01));
        assertThat(gps.velocity(0, Double.NaN).courseDegrees())
                .as("standing still: no course")
                .isNaN();
    }

    @Test
    void dropoutsAndJumpsHappenAtTheirRates() {
        GpsErrorModel gps = new GpsErrorModel(new GpsErrorModel.Settings(0, 0, 60, 36, 5, 36, 30, 0), 3);
        int missing = 0;
        int jumped = 0;
        for (int i = 0; i < 36_000; i++) {
            GpsErrorModel.Reading r = gps.read(HERE);
            if (r == null) missing++;
            else if (r.position().distanceMetersTo(HERE) > 20) jumped++;
        }
        assertThat(missing).as("360 dropouts of 5 s in 10 hours").isBetween(1200, 2400);
        assertThat(jumped).as("360 jumps of 2-4 s in 10 hours").isBetween(600, 1600);
    }
}
