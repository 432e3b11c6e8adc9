package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.EnumEncodedValue;
import java.util.Locale;

/**
 * The kerb a walker meets on this edge, ordered from least to most noticeable. Where an edge has two
 * kerbs the higher one is kept. A flush kerb cannot be felt with a cane; a raised one can trip.
 */
public enum Kerb {
    MISSING,
    FLUSH,
    LOWERED,
    ROLLED,
    RAISED;

    public static final String KEY = "kerb";

    /** Heights up to 1 cm count as flush, up to 4 cm as lowered (OpenRouteService: lowered 3 cm, raised 15 cm). */
    public static Kerb ofHeightMetres(double heightMetres) {
        if (heightMetres <= 0.01) return FLUSH;
        if (heightMetres <= 0.04) return LOWERED;
        return RAISED;
    }

    public static Kerb ofTagValue(Object value) {
        if (!(value instanceof String s)) return MISSING;
        return switch (s) {
            case "flush", "no" -> FLUSH;
            case "lowered" -> LOWERED;
            case "rolled" -> ROLLED;
            case "raised", "yes" -> RAISED;
            default -> MISSING;
        };
    }

    public Kerb max(Kerb other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public static EnumEncodedValue<Kerb> create() {
        return new EnumEncodedValue<>(KEY, Kerb.class);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
