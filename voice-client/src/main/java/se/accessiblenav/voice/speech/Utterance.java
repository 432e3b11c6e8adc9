package se.accessiblenav.voice.speech;

/**
 * A sentence to say. {@code key} identifies what it is about (a cue announcement, "gps", "route"): a newer
 * utterance with the same key replaces one still waiting. {@code triggeredNanos} is when guidance decided to
 * say it ({@link System#nanoTime()}), to measure the delay to the start of audio.
 */
public record Utterance(
        long sequence, String text, String language, Priority priority, String key, long triggeredNanos) {
    public Utterance {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("Nothing to say");
    }
}
