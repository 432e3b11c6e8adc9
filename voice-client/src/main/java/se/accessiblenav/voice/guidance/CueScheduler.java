package se.accessiblenav.voice.guidance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.speech.Priority;

/**
 * Says each cue of a route at the server's announce distances, each announcement once. An announcement is
 * due {@code leadSeconds} times the walker's speed earlier than its distance (a faster walker hears it
 * sooner), and half the GPS error earlier still (up to 5 m), so that it comes before the point, not after.
 * When a fix passes several announcements of a cue at once, only the nearest one is said. The far
 * announcement says how far ("In 15 metres: ..."); the last one (5 m or less) says just what to do.
 */
final class CueScheduler {
    private static final double TOO_LATE_METERS = 5;
    private static final double NEAR_ANNOUNCEMENT_METERS = 5;

    private final Route route;
    private final Set<String> said = new HashSet<>();

    CueScheduler(Route route) {
        this.route = route;
    }

    /** Marks every announcement of cues before a distance along as said (a new route joined part way). */
    void skipBefore(double alongMeters) {
        for (RouteCue cue : route.cues())
            if (cue.distanceMeters() < alongMeters || cue.isDeparture())
                for (int i = 0; i < cue.announceBeforeMeters().size(); i++) said.add(key(cue, i));
    }

    List<GuidanceEvent> due(
            Instant time,
            double alongMeters,
            double speedMetersPerSecond,
            double accuracyMeters,
            double leadSeconds,
            Verbosity verbosity,
            Phrases phrases) {
        List<GuidanceEvent> events = new ArrayList<>();
        for (RouteCue cue : route.cues()) {
            if (cue.isDeparture() || cue.isArrival()) continue;
            int nearest =
                    nearestPassedAnnouncement(cue, alongMeters, speedMetersPerSecond, accuracyMeters, leadSeconds);
            if (nearest < 0) continue;
            for (int i = 0; i <= nearest; i++) said.add(key(cue, i));
            if (alongMeters > cue.distanceMeters() + TOO_LATE_METERS) continue;
            if (cue.isLandmark()) {
                if (verbosity != Verbosity.TERSE)
                    events.add(GuidanceEvent.say(
                            time, GuidanceEvent.Type.LANDMARK, cue.id(), cue.shortText(), Priority.INFO));
                continue;
            }
            double announce = cue.announceBeforeMeters().get(nearest);
            double remaining = Math.max(0, cue.distanceMeters() - alongMeters);
            String text;
            if (announce > NEAR_ANNOUNCEMENT_METERS && remaining > NEAR_ANNOUNCEMENT_METERS) {
                String what = verbosity == Verbosity.TERSE ? cue.shortText() : cue.fullText();
                text = phrases.get("announce.ahead", phrases.distance(remaining, accuracyMeters), what);
            } else {
                text = verbosity == Verbosity.VERBOSE ? cue.fullText() : cue.shortText();
            }
            events.add(GuidanceEvent.say(
                    time,
                    GuidanceEvent.Type.CUE,
                    cue.id(),
                    text,
                    cue.isHazard() ? Priority.URGENT : Priority.GUIDANCE));
        }
        return events;
    }

    private int nearestPassedAnnouncement(
            RouteCue cue, double along, double speed, double accuracy, double leadSeconds) {
        int nearest = -1;
        List<Double> announce = cue.announceBeforeMeters();
        for (int i = 0; i < announce.size(); i++) {
            if (said.contains(key(cue, i))) continue;
            double trigger = cue.distanceMeters() - announce.get(i) - speed * leadSeconds - Math.min(10, accuracy) / 2;
            if (along >= trigger) nearest = i;
        }
        return nearest;
    }

    private static String key(RouteCue cue, int announcement) {
        return cue.id() + "#" + announcement;
    }
}
