package se.accessiblenav.core.guidance;

import com.graphhopper.util.details.PathDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Path detail values by segment: segment i runs from point i to point i+1. */
final class PathDetailIndex {
    private final Map<String, List<PathDetail>> details;
    private final Map<String, Object[]> valuesBySegment = new java.util.HashMap<>();

    PathDetailIndex(Map<String, List<PathDetail>> details) {
        this.details = details;
    }

    /** The value on segment i, or null where the detail is missing. */
    Object value(String name, int segment) {
        Object[] values = valuesBySegment.computeIfAbsent(name, this::spread);
        return segment >= 0 && segment < values.length ? values[segment] : null;
    }

    /** One detail's values laid out by segment, once, so each lookup is an array read. */
    private Object[] spread(String name) {
        List<PathDetail> list = details.getOrDefault(name, List.of());
        int segments = list.isEmpty() ? 0 : list.get(list.size() - 1).getLast();
        Object[] values = new Object[segments];
        for (PathDetail d : list) java.util.Arrays.fill(values, d.getFirst(), d.getLast(), d.getValue());
        return values;
    }

    String text(String name, int segment) {
        Object value = value(name, segment);
        if (value == null) return "";
        String text = value.toString().trim();
        return text.equalsIgnoreCase("null") ? "" : text;
    }

    boolean isTrue(String name, int segment) {
        return Boolean.TRUE.equals(value(name, segment));
    }

    private TreeSet<Integer> edgeStarts;

    /** Point indices where a new edge starts (from the {@code edge_id} detail), the first point left out. */
    TreeSet<Integer> edgeStarts() {
        if (edgeStarts == null) {
            edgeStarts = new TreeSet<>();
            for (PathDetail d : details.getOrDefault("edge_id", List.of()))
                if (d.getFirst() > 0) edgeStarts.add(d.getFirst());
        }
        return edgeStarts;
    }

    /** The intervals [first, last) of a detail whose value passes {@code keep}, as GraphHopper merged them. */
    List<int[]> intervals(String name, java.util.function.Predicate<String> keep) {
        List<int[]> intervals = new ArrayList<>();
        for (PathDetail d : details.getOrDefault(name, List.of()))
            if (d.getValue() != null && keep.test(d.getValue().toString()))
                intervals.add(new int[] {d.getFirst(), d.getLast()});
        return intervals;
    }

    /** Maximal runs of segments [first, last) on which {@code predicate} holds. */
    List<int[]> runs(int segments, java.util.function.IntPredicate predicate) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int s = 0; s <= segments; s++) {
            boolean holds = s < segments && predicate.test(s);
            if (holds && start < 0) start = s;
            if (!holds && start >= 0) {
                runs.add(new int[] {start, s});
                start = -1;
            }
        }
        return runs;
    }
}
