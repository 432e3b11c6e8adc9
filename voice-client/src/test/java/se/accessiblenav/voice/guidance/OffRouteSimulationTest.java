package se.accessiblenav.voice.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.accessiblenav.voice.TestRoutes;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.GpsErrorModel;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.SimulatedWalker;

/**
 * The off-route targets, on many seeded simulated walks: no false alarm with 5 m GPS noise (per axis, a third
 * of it drifting), and a wrong turn caught within 15 m or 10 s of leaving the route.
 */
class OffRouteSimulationTest {
    private static final Route ROUTE =
            TestRoutes.zigzag(se.accessiblenav.voice.bench.SyntheticRoutes.OFF_ROUTE_TEST_LEGS);
    private static final int WALKS = 40;

    @Test
    void noFalseAlarmOnWalksWithFiveMetreNoise() {
        int alarms = 0;
        for (int seed = 1; seed <= WALKS; seed++) {
            Navigator navigator = new Navigator(ROUTE, GuidanceSettings.defaults("en"));
            SimulatedWalker walker = new SimulatedWalker(
                    ROUTE::line, 1.2, new GpsErrorModel(GpsErrorModel.Settings.typical(5), seed), null, Instant.EPOCH);
            for (GuidanceEvent e : walk(walker, navigator)) if (e.type() == GuidanceEvent.Type.OFF_ROUTE) alarms++;
            assertThat(navigator.hasArrived()).as("walk %d arrives", seed).isTrue();
        }
        assertThat(alarms)
                .as("false off-route alarms in %d walks with 5 m noise", WALKS)
                .isZero();
    }

    @Test
    void wrongTurnIsCaughtWithinFifteenMetresOrTenSeconds() {
        RouteCue turn = ROUTE.cues().get(2);
        List<Double> metresOff = new ArrayList<>();
        for (int seed = 1; seed <= WALKS; seed++) {
            Navigator navigator = new Navigator(ROUTE, GuidanceSettings.defaults("en"));
            SimulatedWalker walker = new SimulatedWalker(
                    ROUTE::line,
                    1.2,
                    new GpsErrorModel(GpsErrorModel.Settings.typical(5), seed),
                    new SimulatedWalker.Deviation(turn.distanceMeters(), 0, 60),
                    Instant.EPOCH);
            Instant left = null;
            Duration caughtAfter = null;
            double walkedOff = Double.NaN;
            PositionEvent event;
            while ((event = walker.next()) != null && caughtAfter == null) {
                if (!(event instanceof Fix fix)) continue;
                double trueOffset = ROUTE.line().project(fix.truth()).offsetMeters();
                if (left == null && trueOffset > 1) left = fix.time();
                for (GuidanceEvent e : navigator.onFix(fix))
                    if (e.type() == GuidanceEvent.Type.OFF_ROUTE && left != null) {
                        caughtAfter = Duration.between(left, fix.time());
                        walkedOff = fix.truth().distanceMetersTo(turn.position());
                    }
            }
            assertThat(caughtAfter)
                    .as("walk %d: the wrong turn is noticed", seed)
                    .isNotNull();
            assertThat(walkedOff <= 15 || caughtAfter.getSeconds() <= 10)
                    .as("walk %d: caught %.1f m and %d s after leaving", seed, walkedOff, caughtAfter.getSeconds())
                    .isTrue();
            metresOff.add(walkedOff);
        }
        System.out.printf(
                "Wrong turn caught after %.1f m on average, at most %.1f m (%d walks, 5 m noise)%n",
                metresOff.stream().mapToDouble(d -> d).average().orElseThrow(),
                metresOff.stream().mapToDouble(d -> d).max().orElseThrow(),
                WALKS);
    }

    private static List<GuidanceEvent> walk(SimulatedWalker walker, Navigator navigator) {
        List<GuidanceEvent> all = new ArrayList<>(navigator.start(Instant.EPOCH));
        PositionEvent event;
        while ((event = walker.next()) != null && !navigator.hasArrived())
            all.addAll(event instanceof Fix fix ? navigator.onFix(fix) : navigator.onNoFix(event.time()));
        return all;
    }
}
