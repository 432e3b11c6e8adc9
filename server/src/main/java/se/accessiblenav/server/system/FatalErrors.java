package se.accessiblenav.server.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server that ran out of memory is never left half alive (Tomcat's acceptor dead but the port open, the
 * obstacle refresh stopped while routes are still served): it stops at once, with exit code 3, for its
 * supervisor (systemd's {@code Restart=}, the container runtime) to start it again. The launch scripts
 * also pass {@code -XX:+ExitOnOutOfMemoryError}, which covers threads this class never sees.
 */
public final class FatalErrors {
    public static final int EXIT_CODE = 3;
    private static final Logger LOG = LoggerFactory.getLogger(FatalErrors.class);

    private FatalErrors() {}

    /** Stops the process when {@code error} or one of its causes is an {@link OutOfMemoryError}. */
    public static void haltIfFatal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause())
            if (t instanceof OutOfMemoryError) {
                try {
                    LOG.error(
                            "Out of memory ({}): stopping the server so that its supervisor restarts it",
                            t.getMessage());
                } finally {
                    Runtime.getRuntime().halt(EXIT_CODE);
                }
            }
    }

    /** Every thread's last word: an uncaught out-of-memory error stops the process. */
    public static void installDefaultHandler() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            haltIfFatal(error);
            if (previous != null) previous.uncaughtException(thread, error);
            else LOG.error("Uncaught error in thread {}", thread.getName(), error);
        });
    }
}
