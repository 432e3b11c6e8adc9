package se.accessiblenav.core.guidance;

import static se.accessiblenav.core.guidance.GuidanceComposer.BEARING_WINDOW_METERS;
import static se.accessiblenav.core.guidance.GuidanceComposer.BEND_DEGREES;
import static se.accessiblenav.core.guidance.GuidanceComposer.FORK_DEGREES;
import static se.accessiblenav.core.guidance.GuidanceComposer.JUNCTION_WINDOWS_METERS;
import static se.accessiblenav.core.guidance.GuidanceComposer.MERGE_METERS;
import static se.accessiblenav.core.guidance.GuidanceComposer.TURN_DEGREES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Decides where the walker turns, and where a fork needs "keep left" or "keep right". */
final class TurnCues {
    private final JunctionLookup junctions;

    TurnCues(JunctionLookup junctions) {
        this.junctions = junctions;
    }

    /** Direction changes over 30° at a junction (edge boundary), and bends over 60° inside an edge. */
    List<CueDraft> turns(RouteGeometry g, PathDetailIndex details, GuidanceOptions options, CueTiming timing) {
        TreeSet<Integer> junctions = details.edgeStarts();
        List<CueDraft> turns = new ArrayList<>();
        List<CueDraft> keeps = new ArrayList<>();
        double clusterStartAlong = -1e9;
        double lastTurnAmount = 0;
        for (int i = 1; i < g.size() - 1; i++) {
            boolean junction = junctions.contains(i);
            double in = g.bearingBefore(i, BEARING_WINDOW_METERS);
            double out = g.bearingAfter(i, BEARING_WINDOW_METERS);
            if (junction) {
                // short connectors near a junction hide a turn at one window and show it at another:
                // take the largest turn seen over 6 to 15 m
                for (double window : JUNCTION_WINDOWS_METERS) {
                    double inW = g.bearingBefore(i, window);
                    double outW = g.bearingAfter(i, window);
                    if (Math.abs(Direction.signedTurn(inW, outW)) > Math.abs(Direction.signedTurn(in, out))) {
                        in = inW;
                        out = outW;
                    }
                }
            }
            double turn = Direction.signedTurn(in, out);
            if (junction && Math.abs(turn) <= TURN_DEGREES) {
                keepAtFork(g, details, options, timing, i, out).ifPresent(keeps::add);
                continue;
            }
            if (Math.abs(turn) <= (junction ? TURN_DEGREES : BEND_DEGREES)) continue;
            if (g.along(i) - clusterStartAlong < MERGE_METERS) {
                // the same turn seen from close points: keep the sharpest; the cluster is measured
                // from its first point, so a chain of candidates cannot drift away from the turn
                if (Math.abs(turn) <= lastTurnAmount) continue;
                turns.remove(turns.size() - 1);
            } else {
                clusterStartAlong = g.along(i);
            }
            turns.add(turn(g, details, options, timing, i, in, out));
            lastTurnAmount = Math.abs(turn);
        }
        // a fork next to a turn is said by the turn
        for (CueDraft keep : keeps)
            if (turns.stream().noneMatch(t -> Math.abs(t.along() - keep.along()) < MERGE_METERS)) turns.add(keep);
        turns.sort(Comparator.comparingDouble(CueDraft::along));
        return turns;
    }

    /**
     * Where the route goes on nearly straight but another way leaves the junction close beside it (a
     * fork), the walker is told which side to keep to.
     */
    private Optional<CueDraft> keepAtFork(
            RouteGeometry g, PathDetailIndex details, GuidanceOptions options, CueTiming timing, int i, double out) {
        if (!(details.value("edge_id", i - 1) instanceof Number arriving)
                || !(details.value("edge_id", i) instanceof Number leaving)) return Optional.empty();
        double nearest = Double.NaN;
        for (double other : junctions.otherWayBearings(arriving.intValue(), leaving.intValue(), g.lat(i), g.lon(i))) {
            double apart = Direction.signedTurn(other, out);
            if (Math.abs(apart) < FORK_DEGREES && (Double.isNaN(nearest) || Math.abs(apart) < Math.abs(nearest)))
                nearest = apart;
        }
        if (Double.isNaN(nearest)) return Optional.empty();
        String side = nearest < 0 ? "keep.left" : "keep.right";
        Onto ontoWay = Onto.at(details, i);
        return Optional.of(new CueDraft(CueKind.KEEP, i, g.along(i), timing.normal(), (m, next) -> {
            String onto = ontoWay.say(m);
            return new String[] {
                m.get("keep.short", m.get(side), onto),
                m.get("keep.full", m.get(side), onto, SpokenDistance.say(m, next, options.stepLengthMeters()))
            };
        }));
    }

    /** The way the walker goes onto at point i, named only where the street changes there. */
    private record Onto(boolean streetChanges, String sidewalk, String street) {
        static Onto at(PathDetailIndex details, int i) {
            return new Onto(
                    !GuidanceComposer.streetOf(details, i).equals(GuidanceComposer.streetOf(details, i - 1)),
                    details.text("sidewalk_of", i),
                    details.text("street_name", i));
        }

        /** " onto the sidewalk of Kungsgatan", " onto Kungsgatan", or nothing. */
        String say(Messages m) {
            if (!streetChanges) return "";
            if (!sidewalk.isEmpty()) return m.get("onto.sidewalk", sidewalk);
            return street.isEmpty() ? "" : m.get("onto", street);
        }
    }

    private CueDraft turn(
            RouteGeometry g,
            PathDetailIndex details,
            GuidanceOptions options,
            CueTiming timing,
            int i,
            double in,
            double out) {
        Onto ontoWay = Onto.at(details, i);
        return new CueDraft(CueKind.TURN, i, g.along(i), timing.normal(), (m, next) -> {
            String direction = options.clockFace()
                    ? m.get("direction.clock", Direction.clockHour(Direction.relativeBearing(in, out)))
                    : m.get(Direction.leftRightKey(Direction.signedTurn(in, out)));
            String onto = ontoWay.say(m);
            return new String[] {
                m.get("turn.short", direction, onto),
                m.get("turn.full", direction, onto, SpokenDistance.say(m, next, options.stepLengthMeters()))
            };
        });
    }
}
