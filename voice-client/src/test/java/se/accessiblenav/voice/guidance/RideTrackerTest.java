package se.accessiblenav.voice.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.geo.LatLon;
import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.position.Fix;

class RideTrackerTest {
    private static final LatLon FIRST = new LatLon(59.3400, 18.0500);
    /** Three stops northwards: 0, about 600 and about 1400 m. */
    private static final RouteLine LINE =
            new RouteLine(List.of(FIRST, FIRST.offsetMeters(600, 0), FIRST.offsetMeters(1400, 0)));

    private static final Instant DEPARTURE = Instant.parse("2026-06-01T06:28:00Z");
    private static final List<RouteCue> CUES = List.of(
            new RouteCue("c1", "wait", 0, FIRST, List.of(0.0), "Bus 4 at 08:28.", "Bus 4 towards X departs at 08:28."),
            new RouteCue(
                    "c2",
                    "next_stop",
                    600,
                    LINE.pointAt(600),
                    List.of(480.0),
                    "Next stop: B.",
                    "Next stop: B, at 08:30."),
            new RouteCue(
                    "c3",
                    "alight",
                    1400,
                    LINE.pointAt(1400),
                    List.of(640.0, 150.0),
                    "Next stop: C, get off here.",
                    "Next stop: C, at 08:33. Get off here."));

    private static Fix at(double along, Instant time) {
        return Fix.of(time, LINE.pointAt(along), 5);
    }

    @Test
    void waitingBoardingEachStopAndGettingOff() {
        RideTracker ride = new RideTracker(LINE, CUES, DEPARTURE);
        assertThat(ride.start())
                .extracting(RideTracker.Event::text)
                .containsExactly("Bus 4 towards X departs at 08:28.");
        List<String> heard = new ArrayList<>();
        Instant time = DEPARTURE.minusSeconds(60);
        // standing at the stop, drifting a few metres: still waiting
        for (int s = 0; s < 60; s++) heard.addAll(texts(ride.onFix(at(s % 3, time = time.plusSeconds(1)))));
        assertThat(ride.state()).isEqualTo(RideTracker.State.WAITING);
        assertThat(heard).isEmpty();
        // the bus: 8 m/s along the line
        for (double along = 8; along <= 1400; along += 8) {
            heard.addAll(texts(ride.onFix(at(along, time = time.plusSeconds(1)))));
            if (ride.state() == RideTracker.State.ALIGHTED) break;
        }
        // it stops at C
        for (int s = 0; s < 5 && ride.state() != RideTracker.State.ALIGHTED; s++)
            heard.addAll(texts(ride.onFix(at(1400, time = time.plusSeconds(1)))));
        assertThat(heard)
                .containsExactly(
                        "",
                        "Next stop: B, at 08:30.",
                        "Next stop: C, at 08:33. Get off here.",
                        "Next stop: C, get off here.",
                        "");
        assertThat(ride.state()).isEqualTo(RideTracker.State.ALIGHTED);
    }

    @Test
    void aVehicleThatLeavesWithoutTheWalkerIsAMissedConnection() {
        RideTracker ride = new RideTracker(LINE, CUES, DEPARTURE);
        ride.start();
        Instant time = DEPARTURE.minusSeconds(30);
        List<RideTracker.Event> events = new ArrayList<>();
        while (ride.state() == RideTracker.State.WAITING && time.isBefore(DEPARTURE.plusSeconds(600)))
            events.addAll(ride.onFix(at(2, time = time.plusSeconds(5))));
        assertThat(ride.state()).isEqualTo(RideTracker.State.MISSED);
        assertThat(time).isAfter(DEPARTURE.plus(RideTracker.MISSED_AFTER));
        assertThat(time).isBefore(DEPARTURE.plus(RideTracker.MISSED_AFTER).plusSeconds(6));
        assertThat(events).extracting(RideTracker.Event::state).containsExactly(RideTracker.State.MISSED);
    }

    private static List<String> texts(List<RideTracker.Event> events) {
        return events.stream().map(RideTracker.Event::text).toList();
    }
}
