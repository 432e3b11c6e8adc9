package se.accessiblenav.core.osm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.EdgeIntAccess;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadAccess;
import java.util.Locale;

/**
 * A walker profile's rules at a fraction of their weight, as a priority on top of {@code foot}: routed
 * with {@code foot} and {@code multiply_by <profile>_relaxed_<percent>}, an edge costs {@code foot}'s
 * weight plus that percentage of what the walker profile adds to it (its crossings, roads without
 * sidewalk, steps). The walk such a search finds is the safest one a walker who accepts shorter, less
 * safe walks would choose: what a route offers when the profile's own walk is a long detour.
 *
 * <p>Not stored: read from the profile's {@link StaticPriority} and {@code foot_priority} when asked,
 * once {@link #bind} has been given them. Never above 1, so {@code foot}'s landmarks stay valid bounds.
 */
public final class RelaxedPriority extends ComputedPriority implements DecimalEncodedValue {
    private static final String INFIX = "_relaxed_";
    /** GraphHopper's foot profile multiplies private ways by this, as the walker profiles do. */
    private static final double PRIVATE = 0.1;

    @JsonIgnore
    private final double share;

    @JsonIgnore
    private transient volatile Sources sources;

    private record Sources(
            DecimalEncodedValue walker,
            DecimalEncodedValue footPriority,
            EnumEncodedValue<RoadAccess> footRoadAccess) {}

    @JsonCreator
    public RelaxedPriority(@JsonProperty("name") String name) {
        super(name, 1);
        int percent = Integer.parseInt(name.substring(name.lastIndexOf('_') + 1));
        this.share = percent / 100.0;
    }

    /** {@code <profile>_relaxed_<percent>}: the profile's rules at {@code percent} % of their weight. */
    public static String key(String profileName, int percent) {
        if (percent < 1 || percent > 99) throw new IllegalArgumentException("percent must be 1..99, was " + percent);
        return profileName + INFIX + String.format(Locale.ROOT, "%02d", percent);
    }

    public static boolean isKey(String name) {
        return name.matches("[a-z_]+" + INFIX + "\\d\\d");
    }

    /** Hands the values this one is worked out from; until then it cannot be read. */
    public void bind(
            DecimalEncodedValue walkerStaticPriority,
            DecimalEncodedValue footPriority,
            EnumEncodedValue<RoadAccess> footRoadAccess) {
        sources = new Sources(walkerStaticPriority, footPriority, footRoadAccess);
    }

    @Override
    public double getDecimal(boolean reverse, int edgeId, EdgeIntAccess edgeIntAccess) {
        Sources s = sources;
        if (s == null) throw new IllegalStateException(getName() + " is read before it was bound to its profile");
        double foot = s.footPriority.getDecimal(reverse, edgeId, edgeIntAccess);
        if (s.footRoadAccess.getEnum(reverse, edgeId, edgeIntAccess) == RoadAccess.PRIVATE) foot *= PRIVATE;
        if (foot <= 0) return 0;
        // the walker's priority as a share of foot's: its weight is foot's divided by this
        double ratio = Math.min(1, s.walker.getDecimal(reverse, edgeId, edgeIntAccess) / foot);
        if (ratio <= 0) return 0;
        return 1 / (1 + share * (1 / ratio - 1));
    }
}
