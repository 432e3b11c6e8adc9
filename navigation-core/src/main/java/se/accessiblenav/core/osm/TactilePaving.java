package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.EnumEncodedValue;
import java.util.Locale;

/** Tactile paving on the way, or on its crossing and kerb nodes. */
public enum TactilePaving {
    MISSING,
    NO,
    YES;

    public static final String KEY = "tactile_paving";

    public static EnumEncodedValue<TactilePaving> create() {
        return new EnumEncodedValue<>(KEY, TactilePaving.class);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
