package se.accessiblenav.core.osm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.EdgeIntAccess;
import java.util.Objects;

/**
 * A priority per edge and direction that is worked out in memory, never stored in the graph's files nor
 * set by a tag parser: what {@link StaticPriority} and {@link RelaxedPriority} have in common. It takes no
 * bits, reads as a number in [0, {@link #getMaxStorableDecimal()}], and refuses to be set.
 *
 * <p>Subclasses name {@code implements DecimalEncodedValue} themselves: GraphHopper's compiled custom
 * models declare an encoded value by the interface its class directly implements.
 */
abstract class ComputedPriority implements DecimalEncodedValue {
    private final String name;

    @JsonIgnore
    private final double max;

    ComputedPriority(String name, double max) {
        this.name = Objects.requireNonNull(name, "name");
        this.max = max;
    }

    @Override
    public final void setDecimal(boolean reverse, int edgeId, EdgeIntAccess edgeIntAccess, double value) {
        throw new UnsupportedOperationException(name + " is worked out from the profile, not set per edge");
    }

    @Override
    public final double getMaxStorableDecimal() {
        return max;
    }

    @Override
    public final double getMinStorableDecimal() {
        return 0;
    }

    @Override
    public final double getMaxOrMaxStorableDecimal() {
        return max;
    }

    @Override
    public final double getNextStorableValue(double value) {
        return value;
    }

    @Override
    public final double getSmallestNonZeroValue() {
        return Float.MIN_NORMAL;
    }

    @Override
    public final int init(InitializerConfig init) {
        return 0;
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final boolean isStoreTwoDirections() {
        return true;
    }

    @Override
    public final String toString() {
        return name;
    }
}
