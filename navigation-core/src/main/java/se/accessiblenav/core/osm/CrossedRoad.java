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
    /** A driveway, parking aisle or drive-through: cars cross the walker's way, but it is not a street. */
    DRIVEWAY,
    /** A service road that is a street of its own (alley, access road). */
    SERVICE,
    /** residential, unclassified, living street. */
    QUIET,
    /** tertiary and above (the "busy road": primary, secondary, tertiary; trunk and motorway too). */
    BUSY;

    public static final String CROSSED_ROAD_KEY = "crossed_road";
    public static final String JUNCTION_CROSSING_KEY = "junction_crossing";
    public static final String JOINED_ROAD_KEY = "joined_road";

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
    private static final Set<String> DRIVEWAY_SERVICES =
            Set.of("driveway", "parking_aisle", "drive-through", "emergency_access");

    /**
     * The traffic class of a way with these {@code highway} and {@code service} values; NONE when cars
     * do not use it.
     */
    public static CrossedRoad ofHighway(String highway, String service) {
        if (highway == null) return NONE;
        if (BUSY_HIGHWAYS.contains(highway)) return BUSY;
        if (QUIET_HIGHWAYS.contains(highway)) return QUIET;
        if ("service".equals(highway))
            return service != null && DRIVEWAY_SERVICES.contains(service) ? DRIVEWAY : SERVICE;
        return NONE;
    }

    /** A street crossing in the sense: quiet or busy street, or a service street; not a driveway. */
    public boolean isStreet() {
        return this == SERVICE || this == QUIET || this == BUSY;
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

    public static EnumEncodedValue<CrossedRoad> createJoinedRoad() {
        return new EnumEncodedValue<>(JOINED_ROAD_KEY, CrossedRoad.class);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
