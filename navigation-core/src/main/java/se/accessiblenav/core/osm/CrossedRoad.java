package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.EnumEncodedValue;
import java.util.Locale;
import java.util.Set;

/**
 * How much motor traffic a walker meets where the route crosses a road. Used for explicit crossings
 * ({@code crossed_road}) and for the implicit crossing of a side street at a junction ({@code
 * junction_crossing}).
 */
public enum CrossedRoad {
    /** No road is crossed here. */
    NONE,
    /** service road, driveway, parking aisle. */
    SERVICE,
    /** residential, unclassified, living street. */
    QUIET,
    /** tertiary and above (the "busy road": primary, secondary, tertiary; trunk and motorway too). */
    BUSY;

    public static final String CROSSED_ROAD_KEY = "crossed_road";
    public static final String JUNCTION_CROSSING_KEY = "junction_crossing";

    private static final Set<String> BUSY_HIGHWAYS = Set.of(
            "motorway",
            "motorway_link",
            "trunk",
            "trunk_link",
            "primary",
            "primary_link",
            "secondary",
            "secondary_link",
            "tertiary",
            "tertiary_link");
    private static final Set<String> QUIET_HIGHWAYS = Set.of("residential", "unclassified", "living_street", "road");
    private static final Set<String> SERVICE_HIGHWAYS = Set.of("service");

    /** The traffic class of a way with this {@code highway} value; NONE when cars do not use it. */
    public static CrossedRoad ofHighway(String highway) {
        if (highway == null) return NONE;
        if (BUSY_HIGHWAYS.contains(highway)) return BUSY;
        if (QUIET_HIGHWAYS.contains(highway)) return QUIET;
        if (SERVICE_HIGHWAYS.contains(highway)) return SERVICE;
        return NONE;
    }

    public boolean isRoad() {
        return this != NONE;
    }

    public CrossedRoad max(CrossedRoad other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public static EnumEncodedValue<CrossedRoad> createCrossedRoad() {
        return new EnumEncodedValue<>(CROSSED_ROAD_KEY, CrossedRoad.class);
    }

    public static EnumEncodedValue<CrossedRoad> createJunctionCrossing() {
        return new EnumEncodedValue<>(JUNCTION_CROSSING_KEY, CrossedRoad.class);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
