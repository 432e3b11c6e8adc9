package se.accessiblenav.voice.position;

import java.time.Instant;

/**
 * A receiver's own error estimate (its GST sentence, read from NMEA or passed on by gpsd): the standard
 * deviations along latitude and longitude, combined into a 68 % radius. It holds for fixes within two
 * seconds of it.
 */
final class ReceiverErrorEstimate {
    private static final long MAX_AGE_SECONDS = 2;

    private double accuracyMeters = Double.NaN;
    private Instant time;

    void note(Instant time, double latSigmaMeters, double lonSigmaMeters) {
        this.accuracyMeters = Math.max(1, Math.hypot(latSigmaMeters, lonSigmaMeters));
        this.time = time;
    }

    /** The accuracy for a fix at {@code fixTime}, or NaN when no estimate is recent enough. */
    double accuracyAt(Instant fixTime) {
        return time != null && Math.abs(time.getEpochSecond() - fixTime.getEpochSecond()) <= MAX_AGE_SECONDS
                ? accuracyMeters
                : Double.NaN;
    }
}
