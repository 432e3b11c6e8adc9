package se.accessiblenav.core.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Decides what is said about the ways themselves: steps, raised kerbs, tactile guide paths, sidewalk changes. */
final class WayFeatureCues {
    private WayFeatureCues() {}

    static List<CueDraft> steps(RouteGeometry g, PathDetailIndex details, int segments, CueTiming timing) {
        List<CueDraft> drafts = new ArrayList<>();
        for (int[] run :
                details.runs(segments, s -> details.text("road_class", s).equals("steps"))) {
            int count = 0;
            boolean handrail = false;
            String direction = "";
            for (int s = run[0]; s < run[1]; s++) {
                if (details.value("step_count", s) instanceof Number n) count += n.intValue();
                handrail |= details.isTrue("handrail", s);
                String d = details.text("steps_direction", s);
                if (direction.isEmpty() && (d.equals("up") || d.equals("down"))) direction = d;
            }
            int stepCount = count;
            boolean rail = handrail;
            String upOrDown = direction;
            drafts.add(new CueDraft(CueKind.STEPS, run[0], g.along(run[0]), timing.normal(), (m, next) -> {
                String countText = stepCount > 0 ? m.get("steps.count", stepCount) : "";
                String directionText = upOrDown.isEmpty() ? "" : m.get("steps." + upOrDown);
                String railText = m.get(rail ? "steps.handrail" : "steps.no.handrail");
                return new String[] {
                    m.get("steps.short", directionText, countText),
                    m.get("steps.full", directionText, countText, railText)
                };
            }));
        }
        return drafts;
    }

    /** Raised kerbs and tactile guide paths away from crossings (crossing cues already describe theirs). */
    static List<CueDraft> kerbsAndGuidePaths(RouteGeometry g, PathDetailIndex details, int segments, CueTiming timing) {
        List<CueDraft> drafts = new ArrayList<>();
        for (int[] run : details.runs(
                segments,
                s -> details.text("kerb", s).equals("raised")
                        && !CrossingCues.isCrossed(details.text("crossed_road", s))))
            drafts.add(new CueDraft(CueKind.KERB, run[0], g.along(run[0]), timing.normal(), (m, next) ->
                    new String[] {m.get("kerb.raised.short"), m.get("kerb.raised.full")}));
        for (int[] run : details.runs(
                segments,
                s -> details.text("tactile_paving", s).equals("yes")
                        && !CrossingCues.isCrossed(details.text("crossed_road", s)))) {
            if (g.along(run[1]) - g.along(run[0]) < 5) continue;
            drafts.add(new CueDraft(
                    CueKind.TACTILE_GUIDE_PATH, run[0], g.along(run[0]), List.of(timing.atPoint()), (m, next) ->
                            new String[] {m.get("tactile.short"), m.get("tactile.full")}));
        }
        return drafts;
    }

    /** Where the route moves onto the sidewalk of another street without turning there. */
    static List<CueDraft> sidewalkChanges(
            RouteGeometry g, PathDetailIndex details, Set<Integer> turnPoints, CueTiming timing) {
        List<CueDraft> drafts = new ArrayList<>();
        String previous = details.text("sidewalk_of", 0);
        for (int p : details.edgeStarts()) {
            if (p >= g.size() - 1) break;
            String current = details.text("sidewalk_of", p);
            if (!current.isEmpty() && !current.equals(previous) && !CrossingCues.nearTurn(g, p, turnPoints)) {
                drafts.add(new CueDraft(CueKind.SIDEWALK_CHANGE, p, g.along(p), List.of(timing.atPoint()), (m, next) ->
                        new String[] {m.get("sidewalk.short", current), m.get("sidewalk.full", current)}));
            }
            if (!current.isEmpty()) previous = current;
        }
        return drafts;
    }
}
