package se.accessiblenav.voice.session;

import java.time.Duration;
import java.time.Instant;

/** When to ask for a new route again after a failure: 2, 4, 8, 16, then every 30 seconds of walk time. */
final class RerouteBackoff {
    private static final long FIRST_SECONDS = 2;
    private static final long MAX_SECONDS = 30;

    private int failures;
    private Instant nextAttempt;

    Duration failed(Instant now) {
        long seconds = Math.min(MAX_SECONDS, FIRST_SECONDS << Math.min(10, failures));
        failures++;
        nextAttempt = now.plusSeconds(seconds);
        return Duration.ofSeconds(seconds);
    }

    boolean isDue(Instant now) {
        return nextAttempt != null && !now.isBefore(nextAttempt);
    }

    void clear() {
        failures = 0;
        nextAttempt = null;
    }

    void attempted() {
        nextAttempt = null;
    }
}
