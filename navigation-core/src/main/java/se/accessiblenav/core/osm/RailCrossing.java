package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.EnumEncodedValue;

/**
 * Tracks a walker crosses on this edge, on their own or in the middle of a road: tram tracks (quiet, often
 * in the street) or a railway. Read from the crossing nodes the edge passes ({@code railway=tram_crossing},
 * {@code tram_level_crossing}, {@code crossing}, {@code level_crossing}), so a road crossing that also
 * crosses tracks keeps both its signals ({@code crossing}) and its tracks (this value).
 */
public enum RailCrossing {
    NONE,
    TRAM,
    TRAIN;

    public static final String KEY = "rail_crossing";

    public static EnumEncodedValue<RailCrossing> create() {
        return new EnumEncodedValue<>(KEY, RailCrossing.class);
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static RailCrossing ofRailwayTag(Object value) {
        if (!(value instanceof String s)) return NONE;
        return switch (s) {
            case "tram_crossing", "tram_level_crossing" -> TRAM;
            case "crossing", "level_crossing" -> TRAIN;
            default -> NONE;
        };
    }
}
