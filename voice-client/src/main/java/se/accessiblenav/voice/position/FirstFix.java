package se.accessiblenav.voice.position;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** Reads a source until its first fix (to know where a walk starts), then hands on that fix and the rest. */
public final class FirstFix implements PositionSource {
    private final PositionSource source;
    private Fix first;

    private FirstFix(PositionSource source, Fix first) {
        this.source = source;
        this.first = first;
    }

    /**
     * Waits for the first fix, at most {@code timeout} of the source's own time; empty (null) when the source
     * ended or had no fix within that time.
     */
    public static FirstFix await(PositionSource source, Duration timeout) throws IOException, InterruptedException {
        Instant firstEvent = null;
        PositionEvent event;
        while ((event = source.next()) != null) {
            if (event instanceof Fix fix) return new FirstFix(source, fix);
            if (firstEvent == null) firstEvent = event.time();
            if (Duration.between(firstEvent, event.time()).compareTo(timeout) > 0) return null;
        }
        return null;
    }

    public Fix fix() {
        return first;
    }

    @Override
    public PositionEvent next() throws IOException, InterruptedException {
        if (first != null) {
            Fix f = first;
            first = null;
            return f;
        }
        return source.next();
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
