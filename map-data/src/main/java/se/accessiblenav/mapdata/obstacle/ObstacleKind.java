package se.accessiblenav.mapdata.obstacle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a planner recorded. The lower-case name is what the API, GeoJSON and GeoPackage carry. */
public enum ObstacleKind {
    CONSTRUCTION,
    SCAFFOLDING,
    CLOSED_CROSSING,
    STREET_FURNITURE,
    PARKED_VEHICLE,
    SIGNBOARD,
    SURFACE_HAZARD,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ObstacleKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }

    public static String allCodes() {
        return Arrays.stream(values()).map(ObstacleKind::code).collect(Collectors.joining(", "));
    }
}
