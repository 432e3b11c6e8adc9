package se.accessiblenav.core.guidance;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The spoken guidance of one ride: at the stop, which vehicle to take and when it leaves ("Bus RNV 39A
 * towards Mombertplatz departs at 08:28, in 6 minutes"); on board, each next stop with the stops still to
 * go, and the last one with "get off here". Cue distances are along the ride, as for a walk.
 */
public final class RideCues {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    /** A next-stop cue comes this share of the way from the stop before (soon after leaving it). */
    private static final double NEXT_STOP_SHARE = 0.2;
    /** Get off: once more this far before the stop (or at a third of the way, when stops are close). */
    private static final double ALIGHT_REMINDER_METERS = 150;

    /**
     * @param ride the ride
     * @param walkerAtStop when the walker reaches the boarding stop (the wait is counted from then)
     */
    public RouteGuidance compose(TransitRide ride, Instant walkerAtStop, GuidanceOptions options) {
        Messages m = Messages.forLocale(options.locale());
        String mode = m.get(ride.modeKey());
        TransitRide.Stop board = ride.boarding();
        List<Cue> cues = new ArrayList<>();
        long waitMinutes =
                Math.max(0, Duration.between(walkerAtStop, board.departure()).toMinutes());
        String departs = time(ride, board.departure());
        cues.add(new Cue(
                "c1",
                CueKind.WAIT,
                0,
                board.lat(),
                board.lon(),
                List.of(0.0),
                m.get("transit.wait.short", mode, ride.line(), departs, waitMinutes),
                m.get("transit.wait.full", mode, ride.line(), ride.towards(), departs, waitMinutes, board.name())));
        List<TransitRide.Stop> stops = ride.stops();
        TransitRide.Stop last = ride.alighting();
        for (int i = 1; i < stops.size(); i++) {
            TransitRide.Stop stop = stops.get(i);
            double gap = Math.max(0, stop.distanceMeters() - stops.get(i - 1).distanceMeters());
            String at = time(ride, stop.arrival());
            boolean getOff = i == stops.size() - 1;
            int toGo = stops.size() - 1 - i;
            List<Double> announce = getOff
                    ? List.of(gap * (1 - NEXT_STOP_SHARE), Math.min(ALIGHT_REMINDER_METERS, gap / 3))
                    : List.of(gap * (1 - NEXT_STOP_SHARE));
            cues.add(new Cue(
                    "c" + (cues.size() + 1),
                    getOff ? CueKind.ALIGHT : CueKind.NEXT_STOP,
                    stop.distanceMeters(),
                    stop.lat(),
                    stop.lon(),
                    announce,
                    m.get(getOff ? "transit.alight.short" : "transit.next.short", stop.name()),
                    getOff
                            ? m.get("transit.alight.full", stop.name(), at)
                            : m.get("transit.next.full", stop.name(), at, toGo, last.name())));
        }
        long rideMinutes = Duration.between(board.departure(), last.arrival()).toMinutes();
        String summaryShort = m.get("transit.ride.short", mode, ride.line(), departs, last.name());
        String summaryFull = m.get(
                "transit.ride.full",
                mode,
                ride.line(),
                ride.towards(),
                departs,
                board.name(),
                stops.size() - 1,
                last.name(),
                time(ride, last.arrival()),
                rideMinutes);
        return new RouteGuidance(m.language(), m.isFallback(), summaryShort, summaryFull, cues);
    }

    private static String time(TransitRide ride, Instant instant) {
        return CLOCK.format(instant.atZone(ride.zone()));
    }
}
