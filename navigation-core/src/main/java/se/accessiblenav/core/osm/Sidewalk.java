package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.EnumEncodedValue;
import java.util.Locale;

/**
 * Sidewalks along a road: {@code SEPARATE} means they are mapped as their own ways (walk those, not the
 * carriageway); {@code NO} means walkers share the carriageway with cars.
 */
public enum Sidewalk {
    MISSING,
    NO,
    LEFT,
    RIGHT,
    BOTH,
    SEPARATE;

    public static final String KEY = "sidewalk";

    public static EnumEncodedValue<Sidewalk> create() {
        return new EnumEncodedValue<>(KEY, Sidewalk.class);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
