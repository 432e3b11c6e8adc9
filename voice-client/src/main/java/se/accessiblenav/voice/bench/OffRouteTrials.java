package se.accessiblenav.voice.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.guidance.GuidanceEvent;
import se.accessiblenav.voice.guidance.GuidanceSettings;
import se.accessiblenav.voice.guidance.Navigator;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.position.GpsErrorModel;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.SimulatedWalker;

/**
 * Seeded simulated walks at 1.2 m/s with 5 m GPS accuracy, for the off-route detector's targets: how many
 * false alarms on a walk that follows the route, and when a wrong turn is caught. Shared by
 * {@code OffRouteSimulationTest} and {@link VoiceBenchmark}.
 */
public final class OffRouteTrials {
    private static final double SPEED_METERS_PER_SECOND = 1.2;
    private static final double GPS_ACCURACY_METERS = 5;
    private static final double WRONG_WAY_METERS = 60;

    /** A walk that follows the route: its off-route alarms (all false) and whether it arrived. */
    private record FollowedWalk(int falseAlarms, boolean arrived) {}

    /** When a wrong turn was caught: the walker's true distance from the turn, and seconds since leaving the route. */
    public record Detection(double metersFromTurn, long secondsAfterLeaving) {
        /** The target: within 15 m or 10 s of leaving the route. */
        public boolean withinTarget() {
            return metersFromTurn <= 15 || secondsAfterLeaving <= 10;
        }
    }

    /**
     * The detector's figures on one set of seeds: false alarms on {@code walks} followed walks, and a wrong turn
     * at each of the first three corners for {@code turnSeeds} seeds.
     *
     * @param firstSeed the first seed of the set; seeds from 1 are the ones the detector was tuned on
     */
    public record Summary(
            long firstSeed,
            int walks,
            int falseAlarms,
            int walksNotArrived,
            List<Detection> detections,
            int missedWrongTurns) {
        public long outsideTarget() {
            return detections.stream().filter(d -> !d.withinTarget()).count();
        }

        /** Metres from the turn when caught, sorted. */
        public List<Double> sortedMeters() {
            return detections.stream().map(Detection::metersFromTurn).sorted().toList();
        }

        /** Seconds after leaving the route when caught, sorted. */
        public List<Long> sortedSeconds() {
            return detections.stream()
                    .map(Detection::secondsAfterLeaving)
                    .sorted()
                    .toList();
        }
    }

    private static final int WRONG_TURN_CORNERS = 3;

    private OffRouteTrials() {}

    /** The GPS the targets are set for: 5 m accuracy, typical drift, the receiver's velocity. */
    public static GpsErrorModel.Settings typicalGps() {
        return GpsErrorModel.Settings.typical(GPS_ACCURACY_METERS);
    }

    /** Runs both trials on the seeds from {@code firstSeed}. */
    public static Summary run(Route route, GpsErrorModel.Settings gps, long firstSeed, int walks, int turnSeeds) {
        int alarms = 0;
        int notArrived = 0;
        for (long seed = firstSeed; seed < firstSeed + walks; seed++) {
            FollowedWalk walk = followRoute(route, gps, seed);
            alarms += walk.falseAlarms();
            if (!walk.arrived()) notArrived++;
        }
        List<Detection> detections = new ArrayList<>();
        int missed = 0;
        for (long seed = firstSeed; seed < firstSeed + turnSeeds; seed++)
            for (int corner = 1; corner <= WRONG_TURN_CORNERS; corner++) {
                Optional<Detection> caught =
                        goStraightOnAt(route, gps, route.cues().get(corner), seed * 7 + corner);
                if (caught.isPresent()) detections.add(caught.get());
                else missed++;
            }
        return new Summary(firstSeed, walks, alarms, notArrived, detections, missed);
    }

    private static FollowedWalk followRoute(Route route, GpsErrorModel.Settings gps, long seed) {
        Navigator navigator = new Navigator(route, GuidanceSettings.defaults("en"));
        SimulatedWalker walker = walker(route, gps, seed, null);
        int alarms = count(navigator.start(Instant.EPOCH));
        PositionEvent event;
        while ((event = walker.next()) != null && !navigator.hasArrived())
            alarms += count(event instanceof Fix fix ? navigator.onFix(fix) : navigator.onNoFix(event.time()));
        return new FollowedWalk(alarms, navigator.hasArrived());
    }

    /** The walker goes straight on where the route turns at {@code turn}; empty when the detector never notices. */
    private static Optional<Detection> goStraightOnAt(
            Route route, GpsErrorModel.Settings gps, RouteCue turn, long seed) {
        Navigator navigator = new Navigator(route, GuidanceSettings.defaults("en"));
        SimulatedWalker walker =
                walker(route, gps, seed, new SimulatedWalker.Deviation(turn.distanceMeters(), 0, WRONG_WAY_METERS));
        Instant left = null;
        PositionEvent event;
        while ((event = walker.next()) != null) {
            if (!(event instanceof Fix fix)) continue;
            if (left == null && route.line().project(fix.truth()).offsetMeters() > 1) left = fix.time();
            int alarms = count(navigator.onFix(fix));
            if (left != null && alarms > 0)
                return Optional.of(new Detection(
                        fix.truth().distanceMetersTo(turn.position()),
                        fix.time().getEpochSecond() - left.getEpochSecond()));
        }
        return Optional.empty();
    }

    private static SimulatedWalker walker(
            Route route, GpsErrorModel.Settings gps, long seed, SimulatedWalker.Deviation deviation) {
        return new SimulatedWalker(
                route::line, SPEED_METERS_PER_SECOND, new GpsErrorModel(gps, seed), deviation, Instant.EPOCH);
    }

    private static int count(List<GuidanceEvent> events) {
        return (int) events.stream()
                .filter(e -> e.type() == GuidanceEvent.Type.OFF_ROUTE)
                .count();
    }
}
