package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.EnumEncodedValue;
import java.util.Locale;

/** Whether steps go up or down in the direction walked ({@code incline} on {@code highway=steps}). */
public enum StepsDirection {
    UNKNOWN,
    UP,
    DOWN;

    public static final String KEY = "steps_direction";

    /** Stored per direction: the reverse of up is down. */
    public static EnumEncodedValue<StepsDirection> create() {
        return new EnumEncodedValue<>(KEY, StepsDirection.class, true);
    }

    StepsDirection reverse() {
        return this == UP ? DOWN : this == DOWN ? UP : UNKNOWN;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
