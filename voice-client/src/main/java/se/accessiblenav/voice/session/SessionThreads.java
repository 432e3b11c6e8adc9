package se.accessiblenav.voice.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;
import java.util.logging.Logger;
import se.accessiblenav.voice.position.PositionEvent;
import se.accessiblenav.voice.position.PositionSource;

/** The threads that feed a walk: positions from the source, lines from the walker's command input. */
final class SessionThreads {
    private static final Logger LOG = Logger.getLogger(SessionThreads.class.getName());

    private SessionThreads() {}

    static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Every event until the source ends or fails; then why, once. */
    static void readPositions(PositionSource source, Consumer<PositionEvent> event, Consumer<String> ended) {
        try {
            PositionEvent next;
            while ((next = source.next()) != null) event.accept(next);
            ended.accept("the position source ended");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.warning("Position source failed: " + e.getMessage());
            ended.accept("the position source failed: " + e.getMessage());
        }
    }

    static void readLines(Reader input, Consumer<String> line) {
        try (BufferedReader lines = new BufferedReader(input)) {
            String next;
            while ((next = lines.readLine()) != null) line.accept(next);
        } catch (IOException e) {
            LOG.fine("Command input closed: " + e.getMessage());
        }
    }

    static void closeQuietly(PositionSource source) {
        try {
            source.close();
        } catch (IOException e) {
            LOG.fine("Closing the position source: " + e.getMessage());
        }
    }
}
