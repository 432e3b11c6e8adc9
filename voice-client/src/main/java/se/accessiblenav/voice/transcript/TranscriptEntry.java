package se.accessiblenav.voice.transcript;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the transcript: when (walk time), where the walker was by GPS and its accuracy, how far along
 * the route, what happened, which cue and what was said. {@code extra} carries what belongs to one event
 * (the true position of a simulated walker, the delay to audio).
 */
public record TranscriptEntry(
        Instant time,
        Double lat,
        Double lon,
        Double accuracyMeters,
        Double alongMeters,
        String event,
        String cueId,
        String text,
        Map<String, Object> extra) {
    public TranscriptEntry {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
