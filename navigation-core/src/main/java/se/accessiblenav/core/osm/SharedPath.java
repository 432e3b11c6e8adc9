package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.EnumEncodedValue;
import java.util.Locale;

/** Whether walkers share the way with cyclists, and whether the two are separated ({@code segregated}). */
public enum SharedPath {
    NO,
    SEGREGATED,
    NOT_SEGREGATED;

    public static final String KEY = "shared_path";

    public static EnumEncodedValue<SharedPath> create() {
        return new EnumEncodedValue<>(KEY, SharedPath.class);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
