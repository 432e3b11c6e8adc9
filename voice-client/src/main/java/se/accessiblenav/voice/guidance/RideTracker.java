package se.accessiblenav.voice.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.geo.RouteLine;
import se.accessiblenav.voice.position.Fix;

/**
 * A ride on public transport, fix by fix: waiting at the stop (the wait cue, once), boarding (the walker moves
 * along the line faster than anyone walks), each next stop and getting off said at their announce distances
 * along the line, and off the vehicle at the last stop. A vehicle that leaves without the walker is a missed
 * connection. No threads, no clock: time is the fixes'.
 */
public final class RideTracker {
    /** Along the line this far from the first stop, moving, the walker is on board. */
    static final double BOARDED_METERS = 60;
    /** Faster than this, no one walks. */
    static final double VEHICLE_SPEED = 3.0;
    /** Still at the stop this long after the departure: the vehicle has left without the walker. */
    static final Duration MISSED_AFTER = Duration.ofMinutes(2);
    /** Within this of the last stop and slow, the walker is off the vehicle. */
    static final double ALIGHTED_METERS = 40;

    static final double WALKING_AT_MOST = 2.0;

    public enum State {
        WAITING,
        ON_BOARD,
        ALIGHTED,
        MISSED
    }

    /** Something to say, or a change of state. */
    public record Event(State state, String text, RouteCue cue) {}

    private final RouteLine line;
    private final List<RouteCue> cues;
    private final Instant departure;
    private final Set<String> said = new HashSet<>();
    private State state = State.WAITING;
    private double along;
    private Fix previous;
    private double previousAlong;

    public RideTracker(RouteLine line, List<RouteCue> cues, Instant departure) {
        this.line = line;
        this.cues = List.copyOf(cues);
        this.departure = departure;
    }

    public State state() {
        return state;
    }

    /** At the stop: which vehicle, when (the ride's first cue). */
    public List<Event> start() {
        List<Event> events = new ArrayList<>();
        for (RouteCue cue : cues)
            if (cue.kind().equals("wait")) {
                said.add(cue.id() + "@0");
                events.add(new Event(State.WAITING, cue.fullText(), cue));
            }
        return events;
    }

    /** The receiver's speed, or where it gives none the speed along the line since the last fix. */
    private double speed(Fix fix, double now) {
        if (!Double.isNaN(fix.speedMetersPerSecond())) return fix.speedMetersPerSecond();
        if (previous == null) return 0;
        double seconds = Duration.between(previous.time(), fix.time()).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : Math.abs(now - previousAlong) / seconds;
    }

    public List<Event> onFix(Fix fix) {
        List<Event> events = new ArrayList<>();
        if (state == State.ALIGHTED || state == State.MISSED) return events;
        double now = line.project(fix.position()).alongMeters();
        double speed = speed(fix, now);
        previous = fix;
        previousAlong = now;
        boolean moving = speed >= VEHICLE_SPEED;
        if (state == State.WAITING) {
            if (now >= BOARDED_METERS && moving) {
                state = State.ON_BOARD;
                events.add(new Event(State.ON_BOARD, "", null));
            } else if (fix.time().isAfter(departure.plus(MISSED_AFTER))) {
                state = State.MISSED;
                events.add(new Event(State.MISSED, "", null));
                return events;
            }
        }
        along = Math.max(along, now);
        if (state != State.ON_BOARD) return events;
        for (RouteCue cue : cues) {
            if (cue.kind().equals("wait")) continue;
            for (double before : cue.announceBeforeMeters()) {
                String key = cue.id() + "@" + before;
                if (along >= cue.distanceMeters() - before && said.add(key)) {
                    boolean first = before == cue.announceBeforeMeters().get(0);
                    events.add(new Event(State.ON_BOARD, first ? cue.fullText() : cue.shortText(), cue));
                }
            }
        }
        boolean slow = speed < WALKING_AT_MOST;
        if (line.lengthMeters() - along <= ALIGHTED_METERS && slow) {
            state = State.ALIGHTED;
            events.add(new Event(State.ALIGHTED, "", null));
        }
        return events;
    }
}
