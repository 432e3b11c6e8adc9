package se.accessiblenav.voice.guidance;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import se.accessiblenav.voice.api.Route;
import se.accessiblenav.voice.api.RouteCue;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.speech.Priority;

/**
 * On a long quiet stretch, a sentence that says the walk goes on: the street, how far to what comes next.
 * Not in terse mode, not within 30 s (verbose) or 60 s of the last sentence, not when the next thing is near.
 */
final class Reassurance {
    private static final double MIN_AHEAD_METERS = 40;

    private Reassurance() {}

    static Optional<GuidanceEvent> due(
            Route route, GuidanceSettings settings, Phrases phrases, Instant lastSpoken, double along, Fix fix) {
        if (settings.verbosity() == Verbosity.TERSE || lastSpoken == null) return Optional.empty();
        long quietSeconds = settings.verbosity() == Verbosity.VERBOSE ? 30 : 60;
        if (Duration.between(lastSpoken, fix.time()).getSeconds() < quietSeconds) return Optional.empty();
        Optional<RouteCue> next = route.findNextCue(along);
        double ahead = next.map(c -> c.distanceMeters() - along).orElse(route.lengthMeters() - along);
        if (ahead < MIN_AHEAD_METERS) return Optional.empty();
        String distance = phrases.distance(ahead, fix.accuracyMeters());
        String what = phrases.kindName(next.map(RouteCue::kind).orElse("arrival"));
        String text = route.findStreetAt(along)
                .map(street -> phrases.get("reassure.street", street, distance, what))
                .orElse(phrases.get("reassure.plain", distance, what));
        return Optional.of(GuidanceEvent.say(fix.time(), GuidanceEvent.Type.REASSURANCE, "", text, Priority.INFO));
    }
}
