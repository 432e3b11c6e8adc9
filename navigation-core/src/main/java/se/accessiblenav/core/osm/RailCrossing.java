package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.EnumEncodedValue;

/**
 * Tracks a walker crosses on this edge, on their own or in the middle of a road. Read from the crossing
 * nodes the edge passes, so a road crossing that also crosses tracks keeps both its signals ({@code crossing})
 * and its tracks (this value). {@code railway=tram_crossing} and {@code tram_level_crossing} are tram tracks;
 * {@code railway=crossing} and {@code level_crossing} are tracks of any kind: mappers use them for trams too
 * (in Heidelberg, most tram crossings of the city's ring road), so they are not said to be a railway.
 */
public enum RailCrossing {
    NONE,
    TRAM,
    TRACKS;

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
            case "crossing", "level_crossing" -> TRACKS;
            default -> NONE;
        };
    }
}
