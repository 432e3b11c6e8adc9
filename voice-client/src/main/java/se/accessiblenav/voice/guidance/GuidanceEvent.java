package se.accessiblenav.voice.guidance;

import java.time.Instant;
import se.accessiblenav.voice.speech.Priority;

/** Something the navigator decided: usually a sentence to speak; {@link Type#REROUTE_NEEDED} asks for a new route. */
public record GuidanceEvent(Instant time, Type type, String cueId, String text, Priority priority) {
    public enum Type {
        ROUTE,
        CUE,
        LANDMARK,
        REASSURANCE,
        GPS_LOST,
        GPS_BACK,
        OFF_ROUTE,
        BACK_ON_ROUTE,
        REROUTE_NEEDED,
        NEW_ROUTE,
        SERVER_UNREACHABLE,
        NO_ROUTE,
        ARRIVAL,
        REPLY;

        public String transcriptName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean isSpoken() {
        return text != null && !text.isBlank();
    }

    static GuidanceEvent say(Instant time, Type type, String cueId, String text, Priority priority) {
        return new GuidanceEvent(time, type, cueId, text, priority);
    }
}
