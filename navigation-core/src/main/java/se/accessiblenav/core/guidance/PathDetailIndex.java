package se.accessiblenav.core.guidance;

import com.graphhopper.util.details.PathDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Path detail values by segment: segment i runs from point i to point i+1. */
final class PathDetailIndex {
    private final Map<String, List<PathDetail>> details;

    PathDetailIndex(Map<String, List<PathDetail>> details) {
        this.details = details;
    }

    /** The value on segment i, or null where the detail is missing. */
    Object value(String name, int segment) {
        List<PathDetail> list = details.get(name);
        if (list == null) return null;
        for (PathDetail d : list) if (d.getFirst() <= segment && segment < d.getLast()) return d.getValue();
        return null;
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

    /** Point indices where a new edge starts (from the {@code edge_id} detail), the first point left out. */
    TreeSet<Integer> edgeStarts() {
        TreeSet<Integer> starts = new TreeSet<>();
        for (PathDetail d : details.getOrDefault("edge_id", List.of())) if (d.getFirst() > 0) starts.add(d.getFirst());
        return starts;
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
