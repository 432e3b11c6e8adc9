package se.accessiblenav.voice.position;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Replays a recorded source at its own pace times {@code speedFactor}: a GPX track of ten minutes takes ten
 * minutes at 1, thirty seconds at 20. The wall clock is read through {@link #nowNanos()} only.
 */
public final class PacedSource implements PositionSource {
    private final PositionSource recorded;
    private final double speedFactor;
    private Instant firstEventTime;
    private long firstEventNanos;

    public PacedSource(PositionSource recorded, double speedFactor) {
        if (!(speedFactor > 0)) throw new IllegalArgumentException("The replay speed must be above 0: " + speedFactor);
        this.recorded = recorded;
        this.speedFactor = speedFactor;
    }

    @Override
    public PositionEvent next() throws IOException, InterruptedException {
        PositionEvent event = recorded.next();
        if (event == null) return null;
        if (firstEventTime == null) {
            firstEventTime = event.time();
            firstEventNanos = nowNanos();
            return event;
        }
        long dueNanos = firstEventNanos
                + (long) (Duration.between(firstEventTime, event.time()).toNanos() / speedFactor);
        long waitNanos = dueNanos - nowNanos();
        if (waitNanos > 0) Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        return event;
    }

    long nowNanos() {
        return System.nanoTime();
    }

    @Override
    public String describe() {
        return recorded.describe() + (speedFactor == 1 ? "" : " at " + speedFactor + "x");
    }

    @Override
    public void close() throws IOException {
        recorded.close();
    }
}
