package se.accessiblenav.server.help;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What a contact is told about a call: who, where in words, the coordinates with their accuracy and time,
 * the share link, and the route being walked.
 *
 * @param event {@code help} (a new call), {@code position} (the walker moved), {@code cancelled}
 */
record HelpMessage(
        String event,
        String callId,
        String walker,
        String words,
        double lat,
        double lon,
        double accuracyMeters,
        Instant time,
        String shareUrl,
        List<double[]> route) {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    static HelpMessage of(String event, HelpCall call, String shareUrl) {
        HelpCall.Position at = call.latest();
        return new HelpMessage(
                event,
                call.id(),
                call.walker(),
                at.words(),
                at.lat(),
                at.lon(),
                at.accuracyMeters(),
                at.time(),
                shareUrl,
                call.route());
    }

    String who() {
        return walker == null || walker.isBlank() ? "A walker using the navigation service" : walker;
    }

    String subject() {
        return who() + " asks for help";
    }

    /** The e-mail's text: everything a person needs to act, without opening anything. */
    String text() {
        return who() + " asks for help.\n\n"
                + "Where, as " + who() + " hears it: " + words + "\n"
                + String.format(
                        Locale.ROOT,
                        "Position: %.6f, %.6f (within %.0f m), at %s%n",
                        lat,
                        lon,
                        accuracyMeters,
                        UTC.format(time))
                + String.format(
                        Locale.ROOT,
                        "Map: https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=19/%.6f/%.6f%n",
                        lat,
                        lon,
                        lat,
                        lon)
                + (route.isEmpty() ? "" : "Route being walked: " + route.size() + " points, shown on the live page.\n")
                + "\nLive position and route: " + shareUrl + "\n"
                + "Open it and press \"I have seen it\": " + who() + " will hear that you have seen the call.\n";
    }
}
