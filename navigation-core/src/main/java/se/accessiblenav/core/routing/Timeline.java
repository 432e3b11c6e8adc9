package se.accessiblenav.core.routing;

import com.graphhopper.ResponsePath;
import com.graphhopper.Trip;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A trip's times as the walker will live them. GraphHopper plans a trip on the time of the quickest walk;
 * the walker is guided along the walk of the profile, which can be longer (it avoids crossings). So the
 * walks are timed again at the walker's speed: the walker leaves early enough to be at the first stop
 * {@link #BOARDING_MARGIN} before the vehicle leaves, arrives after the last walk, and a change whose walk
 * does not fit in the time between two vehicles with that margin is tight.
 */
final class Timeline {
    /** Time to find the stop pole or platform and be ready when the vehicle comes. */
    static final Duration BOARDING_MARGIN = Duration.ofMinutes(2);

    private final List<Trip.Leg> legs;
    private final Duration[] walkTimes;
    private final Instant leave;
    private final Instant arrive;
    private final Instant[] starts;
    private final Instant[] ends;

    Timeline(List<Trip.Leg> legs, List<ResponsePath> guidedWalks, double walkingSpeedMetersPerSecond) {
        this.legs = legs;
        this.walkTimes = new Duration[legs.size()];
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i) instanceof Trip.PtLeg) continue;
            ResponsePath walk = guidedWalks.get(i);
            double meters = walk == null ? legs.get(i).getDistance() : walk.getDistance();
            walkTimes[i] = Duration.ofMillis(Math.round(meters / walkingSpeedMetersPerSecond * 1000));
        }
        int firstRide = firstRide();
        if (firstRide < 0) {
            this.leave = legs.get(0).getDepartureTime().toInstant();
            this.arrive = leave.plus(walkTimes[0]);
        } else {
            Instant walkingBefore = departure(firstRide).minus(BOARDING_MARGIN);
            for (int i = firstRide - 1; i >= 0; i--) walkingBefore = walkingBefore.minus(walkTimes[i]);
            this.leave = walkingBefore;
            Instant end = legs.get(lastRide()).getArrivalTime().toInstant();
            for (int i = lastRide() + 1; i < legs.size(); i++) end = end.plus(walkTimes[i]);
            this.arrive = end;
        }
        this.starts = new Instant[legs.size()];
        this.ends = new Instant[legs.size()];
        Instant clock = leave;
        for (int i = 0; i < legs.size(); i++) {
            Trip.Leg leg = legs.get(i);
            starts[i] = leg instanceof Trip.PtLeg ? leg.getDepartureTime().toInstant() : clock;
            ends[i] = leg instanceof Trip.PtLeg ? leg.getArrivalTime().toInstant() : clock.plus(walkTimes[i]);
            clock = ends[i];
        }
    }

    /** When leg {@code i} begins: a walk as the walker will walk it, a ride by the timetable. */
    Instant start(int i) {
        return starts[i];
    }

    /** When leg {@code i} ends. */
    Instant end(int i) {
        return ends[i];
    }

    Instant leave() {
        return leave;
    }

    Instant arrive() {
        return arrive;
    }

    /** When the walker is at the stop of ride {@code i}: after the walk before it (or on the vehicle before). */
    Instant atStop(int i) {
        if (i == firstRide()) return departure(i).minus(BOARDING_MARGIN);
        Trip.Leg before = legs.get(i - 1);
        if (before instanceof Trip.PtLeg) return before.getArrivalTime().toInstant();
        return legs.get(i - 2).getArrivalTime().toInstant().plus(walkTimes[i - 1]);
    }

    /** Whether the walk {@code i} between two rides leaves less than the boarding margin. */
    boolean tight(int i) {
        return spare(i).compareTo(BOARDING_MARGIN) < 0;
    }

    long walkMinutes(int i) {
        return Math.max(1, Math.round(walkTimes[i].toSeconds() / 60.0));
    }

    long spareMinutes(int i) {
        return Math.max(0, spare(i).toMinutes());
    }

    private Duration spare(int i) {
        Instant alighted = legs.get(i - 1).getArrivalTime().toInstant();
        return Duration.between(alighted.plus(walkTimes[i]), departure(i + 1));
    }

    private Instant departure(int ride) {
        return legs.get(ride).getDepartureTime().toInstant();
    }

    private int firstRide() {
        for (int i = 0; i < legs.size(); i++) if (legs.get(i) instanceof Trip.PtLeg) return i;
        return -1;
    }

    private int lastRide() {
        for (int i = legs.size() - 1; i >= 0; i--) if (legs.get(i) instanceof Trip.PtLeg) return i;
        return -1;
    }
}
