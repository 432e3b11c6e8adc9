package se.accessiblenav.core.osm;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.graphhopper.routing.ev.DecimalEncodedValue;
import com.graphhopper.routing.ev.EdgeIntAccess;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A walker profile's priority from all of its rules that never change at run time, worked out once per
 * edge and direction when the graph is imported or loaded, and kept in memory (not in the graph files,
 * not parsed from OSM). Routing then reads this one value where the profile's model reads some twenty
 * encoded values per edge. Obstacles, which do change, stay rules of their own on top of it.
 *
 * <p>Edge ids are those of the base graph; GraphHopper hands the original edge's id and direction for
 * the virtual edges of a query graph, so snapped start and end points read the right entry.
 */
public final class StaticPriority extends ComputedPriority implements DecimalEncodedValue {
    /** {@code <profile>_static_priority}. */
    public static final String SUFFIX = "_static_priority";

    /**
     * The highest value any entry may have: GraphHopper's {@code foot_priority} maximum, which every
     * walker profile starts from and whose other rules only multiply by at most 1. Fixed, because
     * GraphHopper works out routing bounds from it before the entries are filled.
     */
    public static final double MAX = 1.5;

    @JsonIgnore
    private transient volatile float[] entries;

    private static final int FILE_MAGIC = 0x53545052; // "STPR"

    @JsonCreator
    public StaticPriority(@JsonProperty("name") String name) {
        super(name, MAX);
    }

    public static String key(String profileName) {
        return profileName + SUFFIX;
    }

    /** How the static rules rate one direction of an edge of the base graph. */
    @FunctionalInterface
    public interface EdgePriority {
        double priority(int edgeId, boolean reverse);
    }

    /**
     * Works out every entry. Fails, leaving the previous entries, when a value is not a number in
     * [0, {@link #MAX}].
     */
    public void fill(int edgeCount, EdgePriority priority) {
        float[] filled = new float[2 * edgeCount];
        for (int edge = 0; edge < edgeCount; edge++) {
            for (int direction = 0; direction < 2; direction++) {
                double value = priority.priority(edge, direction == 1);
                if (!(value >= 0 && value <= MAX))
                    throw new IllegalStateException(getName() + " of edge " + edge + " is " + value + ", outside [0, "
                            + MAX + "]: a profile rule multiplies by more than 1");
                filled[2 * edge + direction] = (float) value;
            }
        }
        entries = filled;
    }

    /**
     * Writes the entries to a file (the edge count, then two floats per edge), so that a start from the
     * graph cache reads them instead of working them out again.
     */
    public void writeTo(Path file) throws IOException {
        float[] values = entries;
        if (values == null) throw new IllegalStateException(getName() + " is written before it was worked out");
        ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(FILE_MAGIC).putInt(values.length / 2);
        buffer.asFloatBuffer().put(values);
        Files.write(file, buffer.array());
    }

    /**
     * Reads entries that {@link #writeTo} wrote for a graph of {@code edgeCount} edges; false, leaving
     * the entries as they were, when the file is missing, belongs to another graph or holds a value out of
     * range.
     */
    public boolean readFrom(Path file, int edgeCount) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != 8 + 8L * edgeCount) return false;
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (buffer.getInt() != FILE_MAGIC || buffer.getInt() != edgeCount) return false;
        float[] values = new float[2 * edgeCount];
        buffer.asFloatBuffer().get(values);
        for (float value : values) if (!(value >= 0 && value <= MAX)) return false;
        entries = values;
        return true;
    }

    public boolean isFilled() {
        return entries != null;
    }

    @Override
    public double getDecimal(boolean reverse, int edgeId, EdgeIntAccess edgeIntAccess) {
        float[] values = entries;
        if (values == null)
            throw new IllegalStateException(getName() + " is read before it was worked out for the graph's edges");
        return values[2 * edgeId + (reverse ? 1 : 0)];
    }
}
