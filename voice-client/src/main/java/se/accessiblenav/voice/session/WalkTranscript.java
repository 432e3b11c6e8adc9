package se.accessiblenav.voice.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import se.accessiblenav.voice.guidance.Navigator;
import se.accessiblenav.voice.position.Fix;
import se.accessiblenav.voice.speech.SpeechException;
import se.accessiblenav.voice.speech.SpeechQueue;
import se.accessiblenav.voice.speech.Utterance;
import se.accessiblenav.voice.transcript.Transcript;
import se.accessiblenav.voice.transcript.TranscriptEntry;

/**
 * What a walk writes to its transcript: each event with the navigator's last fix and distance along the
 * route, each raw fix, and what the voice did (as a speech queue's listener), at the walk's time.
 */
final class WalkTranscript implements SpeechQueue.Listener {
    private final Transcript transcript;
    private final Navigator navigator;
    private final Supplier<Instant> walkTime;

    WalkTranscript(Transcript transcript, Navigator navigator, Supplier<Instant> walkTime) {
        this.transcript = transcript;
        this.navigator = navigator;
        this.walkTime = walkTime;
    }

    void fix(Fix fix) {
        transcript.record(new TranscriptEntry(
                fix.time(),
                fix.position().lat(),
                fix.position().lon(),
                fix.accuracyMeters(),
                null,
                "fix",
                "",
                "",
                withTruth(Map.of(), fix)));
    }

    void record(Instant time, String event, String cueId, String text, Map<String, Object> extra) {
        var fix = navigator.lastFix();
        transcript.record(new TranscriptEntry(
                time,
                fix.map(f -> f.position().lat()).orElse(null),
                fix.map(f -> f.position().lon()).orElse(null),
                fix.map(Fix::accuracyMeters).orElse(null),
                navigator.alongMeters(),
                event,
                cueId,
                text,
                withTruth(extra, fix.orElse(null))));
    }

    /** The simulated walker's true position beside an event's own fields (real receivers have none). */
    private static Map<String, Object> withTruth(Map<String, Object> extra, Fix fix) {
        if (fix == null || fix.truth() == null) return extra;
        Map<String, Object> all = new HashMap<>(extra);
        all.put("true_lat", Math.round(fix.truth().lat() * 1e7) / 1e7);
        all.put("true_lon", Math.round(fix.truth().lon() * 1e7) / 1e7);
        return all;
    }

    @Override
    public void started(Utterance u, long delayNanos) {
        record(
                walkTime.get(),
                "speech_start",
                "",
                u.text(),
                Map.of("delay_ms", delayNanos / 1_000_000, "key", u.key()));
    }

    @Override
    public void finished(Utterance u, boolean cutOff) {
        record(walkTime.get(), cutOff ? "speech_cut_off" : "speech_end", "", "", Map.of("key", u.key()));
    }

    @Override
    public void dropped(Utterance u, String why) {
        record(walkTime.get(), "speech_dropped", "", u.text(), Map.of("why", why));
    }

    @Override
    public void failed(Utterance u, SpeechException error) {
        record(walkTime.get(), "speech_failed", "", u.text(), Map.of("error", String.valueOf(error.getMessage())));
    }
}
