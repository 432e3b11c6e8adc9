package se.accessiblenav.core.guidance;

import static se.accessiblenav.core.guidance.GuidanceComposer.BEARING_WINDOW_METERS;
import static se.accessiblenav.core.guidance.GuidanceComposer.MERGE_METERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which streets the route crosses and what is said about each: mapped and untagged crossings of
 * foot ways, and the implicit crossings of side streets where the route goes on along a road.
 */
final class CrossingCues {
    private final StreetLookup streets;

    CrossingCues(StreetLookup streets) {
        this.streets = streets;
    }

    List<CueDraft> crossings(RouteGeometry g, PathDetailIndex details, int segments, CueTiming timing, int[] counts) {
        List<CueDraft> drafts = new ArrayList<>();
        for (int[] run : details.intervals("crossed_road", CrossingCues::isCrossed)) {
            CrossingFacts facts = CrossingFacts.of(details, run[0], run[1]);
            if (facts.isDriveway()) continue;
            int middle = g.pointAt((g.along(run[0]) + g.along(run[1])) / 2);
            double bearing = g.bearingAfter(run[0], BEARING_WINDOW_METERS);
            String street = streets.findCrossedStreet(g.lat(middle), g.lon(middle), bearing)
                    .orElse("");
            counts[0]++;
            if (facts.signals()) counts[1]++;
            drafts.add(new CueDraft(
                    CueKind.CROSSING,
                    run[0],
                    g.along(run[0]),
                    List.of(timing.crossingLead(), timing.atPoint()),
                    (m, next) -> facts.texts(m, street)));
        }
        return drafts;
    }

    static boolean isCrossed(String crossedRoad) {
        return !crossedRoad.isEmpty() && !crossedRoad.equals("none");
    }

    /**
     * Tracks crossed on their own, away from a road crossing (a road crossing names its tracks itself): tram
     * tracks in a pedestrian street or across a footpath, a railway at a level crossing.
     */
    List<CueDraft> railCrossings(RouteGeometry g, PathDetailIndex details, int segments, CueTiming timing) {
        List<CueDraft> drafts = new ArrayList<>();
        for (int[] run : details.runs(segments, s -> {
            String rails = details.text("rail_crossing", s);
            return !rails.isEmpty() && !rails.equals("none") && !isCrossed(details.text("crossed_road", s));
        })) {
            String rails = "";
            for (int s = run[0]; s < Math.max(run[1], run[0] + 1); s++)
                rails = CrossingFacts.moreRails(rails, details.text("rail_crossing", s));
            String kind = rails;
            // the tracks cross somewhere along the run's edges (a crossing node on them): said for its middle
            double middle = (g.along(run[0]) + g.along(run[1])) / 2;
            double[] position = g.positionAt(middle);
            drafts.add(new CueDraft(
                    CueKind.CROSSING,
                    g.pointAt(middle),
                    middle,
                    List.of(timing.crossingLead(), timing.atPoint()),
                    (m, next) -> new String[] {m.get("rails." + kind + ".short"), m.get("rails." + kind + ".full")},
                    position[0],
                    position[1]));
        }
        return drafts;
    }

    /** Implicit crossings of side streets where the route goes straight on along a road. */
    List<CueDraft> junctionCrossings(
            RouteGeometry g,
            PathDetailIndex details,
            int segments,
            CueTiming timing,
            Set<Integer> turnPoints,
            int[] counts) {
        List<CueDraft> drafts = new ArrayList<>();
        TreeSet<Integer> junctions = details.edgeStarts();
        for (int[] run : details.runs(
                segments,
                s -> isCrossed(details.text("junction_crossing", s))
                        && !details.text("junction_crossing", s).equals("driveway"))) {
            double middle = (g.along(run[0]) + g.along(run[1])) / 2;
            Integer junction = null;
            for (int p = run[0]; p <= run[1]; p++)
                if ((junctions.contains(p) || p == run[0] || p == run[1])
                        && p > 0
                        && p < g.size() - 1
                        && (junction == null || Math.abs(g.along(p) - middle) < Math.abs(g.along(junction) - middle)))
                    junction = p;
            if (junction == null || nearTurn(g, junction, turnPoints)) continue;
            int at = junction;
            String street = streets.findCrossedStreet(g.lat(at), g.lon(at), g.bearingAfter(at, BEARING_WINDOW_METERS))
                    .orElse("");
            counts[0]++;
            // where the map tags almost no crossings, nothing is known of this one: say so
            String full = details.isTrue("crossings_mapped", Math.min(at, segments - 1))
                    ? "crossing.junction.full"
                    : "crossing.junction.unmapped.full";
            drafts.add(new CueDraft(
                    CueKind.CROSSING, at, g.along(at), List.of(timing.crossingLead(), timing.atPoint()), (m, next) -> {
                        String name = street.isEmpty() ? m.get("crossing.street.unknown") : street;
                        return new String[] {m.get("crossing.junction.short", name), m.get(full, name)};
                    }));
        }
        return drafts;
    }

    static boolean nearTurn(RouteGeometry g, int point, Set<Integer> turnPoints) {
        for (int t : turnPoints) if (Math.abs(g.along(t) - g.along(point)) < MERGE_METERS) return true;
        return false;
    }
}
