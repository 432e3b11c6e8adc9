package se.accessiblenav.voice.position;

import java.io.IOException;

/** A stream of position events. {@link #next()} blocks until the next one, and returns null at the end. */
public interface PositionSource extends AutoCloseable {
    PositionEvent next() throws IOException, InterruptedException;

    /** A short description for logs and the transcript: "GPX replay of walk.gpx", "gpsd at localhost:2947". */
    String describe();

    @Override
    void close() throws IOException;
}
