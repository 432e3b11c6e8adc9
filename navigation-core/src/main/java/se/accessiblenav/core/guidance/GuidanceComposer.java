package se.accessiblenav.core.guidance;

import com.graphhopper.ResponsePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.accessiblenav.core.osm.PlaceIndex;

/**
 * Builds the cues for a route from its geometry and path details: GraphHopper's instructions are made
 * for drivers (no crossings, no angles, bends without alternatives left out), so guidance for blind
 * walkers is composed here.
 */
public final class GuidanceComposer {
    /** The path details the composer reads; a route must have been requested with them. */
    public static final List<String> REQUIRED_DETAILS = List.of(
            "edge_id",
            "street_name",
            "sidewalk_of",
            "road_class",
            "crossing",
            "crossed_road",
            "junction_crossing",
            "traffic_signals_sound",
            "traffic_signals_vibration",
            "button_operated",
            "tactile_paving",
            "kerb",
            "crossing_island",
            "step_count",
            "steps_direction",
            "handrail");

    static final double TURN_DEGREES = 30;
    static final double BEND_DEGREES = 60;
    static final double BEARING_WINDOW_METERS = 8;
    static final double[] JUNCTION_WINDOWS_METERS = {6, 10, 12, 15};
    /** Turns closer than this merge into one; a turn this close to the start is said by the departure. */
    static final double MERGE_METERS = 8;

    static final double REASSURANCE_GAP_METERS = 150;
    static final double REASSURANCE_EVERY_METERS = 200;
    static final double ARRIVAL_RADIUS_METERS = 15;
    static final double LANDMARK_CLEARANCE_METERS = 15;

    /** Another way leaving a junction within this angle of the route's way out is easy to take by mistake. */
    static final double FORK_DEGREES = 40;

    private final StreetLookup streets;
    private final JunctionLookup junctions;

    public GuidanceComposer(StreetLookup streets, JunctionLookup junctions) {
        this.streets = streets;
        this.junctions = junctions;
    }

    /** A cue before its texts are written: texts need the distance to the next cue. */
    private record Draft(
            CueKind kind, int point, double along, List<Double> announce, Texts texts, double lat, double lon) {
        /** A cue at a point of the route geometry. */
        Draft(CueKind kind, int point, double along, List<Double> announce, Texts texts) {
            this(kind, point, along, announce, texts, Double.NaN, Double.NaN);
        }
    }

    private interface Texts {
        String[] write(Messages messages, double metersToNextCue);
    }

    /**
     * Guidance for a route, with a cue for each planner's obstacle and for the named places right beside
     * it ({@link RouteLandmarks}; none while {@code places} is null).
     */
    public RouteGuidance compose(
            ResponsePath path, GuidanceOptions options, List<HazardNotice> hazards, PlaceIndex places) {
        Messages messages = Messages.forLocale(options.locale());
        RouteGeometry geometry = new RouteGeometry(path.getPoints());
        PathDetailIndex details = new PathDetailIndex(path.getPathDetails());
        int segments = Math.max(0, geometry.size() - 1);
        Timing timing = new Timing(options);
        List<Draft> drafts = new ArrayList<>();
        if (geometry.size() < 2)
            return new RouteGuidance(messages.language(), messages.isFallback(), "", "", List.of());

        List<Draft> turns = new ArrayList<>(turns(geometry, details, options, timing));
        Set<Integer> turnPoints = new TreeSet<>();
        turns.forEach(t -> turnPoints.add(t.point()));
        // a turn in the first few metres is where the start was placed onto the path: the departure
        // names the heading after it instead of "head east" followed at once by "turn to 8 o'clock"
        int departFrom = 0;
        if (!turns.isEmpty() && turns.get(0).along() < MERGE_METERS)
            departFrom = turns.remove(0).point();
        drafts.add(depart(geometry, details, options, departFrom));
        drafts.addAll(turns);
        int[] crossingCounts = new int[2];
        drafts.addAll(crossings(geometry, details, segments, timing, crossingCounts));
        drafts.addAll(junctionCrossings(geometry, details, segments, timing, turnPoints, crossingCounts));
        drafts.addAll(steps(geometry, details, segments, timing));
        drafts.addAll(kerbsAndGuidePaths(geometry, details, segments, timing));
        drafts.addAll(sidewalkChanges(geometry, details, turnPoints, timing));
        drafts.addAll(hazards(geometry, hazards, timing, messages.language()));
        drafts.addAll(landmarks(
                geometry, places == null ? List.of() : RouteLandmarks.along(geometry, places), drafts, timing));
        drafts.add(new Draft(
                CueKind.ARRIVAL, geometry.size() - 1, geometry.length(), List.of(ARRIVAL_RADIUS_METERS), (m, next) ->
                        new String[] {m.get("arrival.short"), m.get("arrival.full")}));
        drafts.sort(Comparator.comparingDouble(Draft::along).thenComparing(d -> d.kind() == CueKind.ARRIVAL ? 1 : 0));
        drafts.addAll(reassurances(drafts, geometry, details, options));
        drafts.sort(Comparator.comparingDouble(Draft::along).thenComparing(d -> d.kind() == CueKind.ARRIVAL ? 1 : 0));

        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            double next = i + 1 < drafts.size() ? drafts.get(i + 1).along() - d.along() : 0;
            String[] text = d.texts().write(messages, next);
            cues.add(new Cue(
                    "c" + (i + 1),
                    d.kind(),
                    round1(d.along()),
                    Double.isNaN(d.lat()) ? geometry.lat(d.point()) : d.lat(),
                    Double.isNaN(d.lon()) ? geometry.lon(d.point()) : d.lon(),
                    d.announce(),
                    text[0],
                    text[1]));
        }
        int steps = (int) cues.stream().filter(c -> c.kind() == CueKind.STEPS).count();
        String length = SpokenDistance.say(messages, path.getDistance(), options.stepLengthMeters());
        long minutes = Math.max(1, Math.round(path.getTime() / 60_000.0));
        String summaryShort = messages.get("summary.short", length, minutes);
        String summaryFull = messages.get(
                "summary.full",
                length,
                minutes,
                crossingCounts[0] == 0
                        ? messages.get("summary.crossings.none")
                        : messages.get("summary.crossings", crossingCounts[0], crossingCounts[1]),
                messages.get("summary.steps", steps),
                messages.get("summary.hazards", hazards.size()));
        return new RouteGuidance(messages.language(), messages.isFallback(), summaryShort, summaryFull, cues);
    }

    /** Announcement distances that follow walking speed. */
    private record Timing(GuidanceOptions options) {
        double lead() {
            return Math.max(10, round5(options.walkingSpeedMetersPerSecond() * options.leadSeconds()));
        }

        /** Crossings are announced earlier: the walker needs time to find the push button and the kerb. */
        double crossingLead() {
            return Math.max(15, round5(1.5 * options.walkingSpeedMetersPerSecond() * options.leadSeconds()));
        }

        double atPoint() {
            return Math.max(3, Math.round(options.walkingSpeedMetersPerSecond() * 2));
        }

        List<Double> normal() {
            return List.of(lead(), atPoint());
        }
    }

    private Draft depart(RouteGeometry g, PathDetailIndex details, GuidanceOptions options, int from) {
        double bearing = g.bearingAfter(from, BEARING_WINDOW_METERS);
        String street = streetOf(details, from);
        return new Draft(CueKind.DEPART, 0, 0, List.of(0.0), (m, next) -> {
            String along = street.isEmpty() ? "" : m.get("along", street);
            String heading = m.get(Direction.compassKey(bearing));
            return new String[] {
                m.get("depart.short", heading, along),
                m.get("depart.full", heading, along, SpokenDistance.say(m, next, options.stepLengthMeters()))
            };
        });
    }

    /** Direction changes over 30° at a junction (edge boundary), and bends over 60° inside an edge. */
    private List<Draft> turns(RouteGeometry g, PathDetailIndex details, GuidanceOptions options, Timing timing) {
        TreeSet<Integer> junctions = details.edgeStarts();
        List<Draft> turns = new ArrayList<>();
        List<Draft> keeps = new ArrayList<>();
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
        for (Draft keep : keeps)
            if (turns.stream().noneMatch(t -> Math.abs(t.along() - keep.along()) < MERGE_METERS)) turns.add(keep);
        turns.sort(Comparator.comparingDouble(Draft::along));
        return turns;
    }

    /**
     * Where the route goes on nearly straight but another way leaves the junction close beside it (a
     * fork), the walker is told which side to keep to.
     */
    private java.util.Optional<Draft> keepAtFork(
            RouteGeometry g, PathDetailIndex details, GuidanceOptions options, Timing timing, int i, double out) {
        if (!(details.value("edge_id", i - 1) instanceof Number arriving)
                || !(details.value("edge_id", i) instanceof Number leaving)) return java.util.Optional.empty();
        double nearest = Double.NaN;
        for (double other : junctions.otherWayBearings(arriving.intValue(), leaving.intValue(), g.lat(i), g.lon(i))) {
            double apart = Direction.signedTurn(other, out);
            if (Math.abs(apart) < FORK_DEGREES && (Double.isNaN(nearest) || Math.abs(apart) < Math.abs(nearest)))
                nearest = apart;
        }
        if (Double.isNaN(nearest)) return java.util.Optional.empty();
        String side = nearest < 0 ? "keep.left" : "keep.right";
        Onto ontoWay = Onto.at(details, i);
        return java.util.Optional.of(new Draft(CueKind.KEEP, i, g.along(i), timing.normal(), (m, next) -> {
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
                    !streetOf(details, i).equals(streetOf(details, i - 1)),
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

    private Draft turn(
            RouteGeometry g,
            PathDetailIndex details,
            GuidanceOptions options,
            Timing timing,
            int i,
            double in,
            double out) {
        Onto ontoWay = Onto.at(details, i);
        return new Draft(CueKind.TURN, i, g.along(i), timing.normal(), (m, next) -> {
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

    private List<Draft> crossings(RouteGeometry g, PathDetailIndex details, int segments, Timing timing, int[] counts) {
        List<Draft> drafts = new ArrayList<>();
        for (int[] run : details.intervals("crossed_road", GuidanceComposer::isCrossed)) {
            CrossingFacts facts = CrossingFacts.of(details, run[0], run[1]);
            if (facts.isDriveway()) continue;
            int middle = g.pointAt((g.along(run[0]) + g.along(run[1])) / 2);
            double bearing = g.bearingAfter(run[0], BEARING_WINDOW_METERS);
            String street = streets.findCrossedStreet(g.lat(middle), g.lon(middle), bearing)
                    .orElse("");
            counts[0]++;
            if (facts.signals()) counts[1]++;
            drafts.add(new Draft(
                    CueKind.CROSSING,
                    run[0],
                    g.along(run[0]),
                    List.of(timing.crossingLead(), timing.atPoint()),
                    (m, next) -> facts.texts(m, street)));
        }
        return drafts;
    }

    private static boolean isCrossed(String crossedRoad) {
        return !crossedRoad.isEmpty() && !crossedRoad.equals("none");
    }

    /** Implicit crossings of side streets where the route goes straight on along a road. */
    private List<Draft> junctionCrossings(
            RouteGeometry g,
            PathDetailIndex details,
            int segments,
            Timing timing,
            Set<Integer> turnPoints,
            int[] counts) {
        List<Draft> drafts = new ArrayList<>();
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
            drafts.add(new Draft(
                    CueKind.CROSSING, at, g.along(at), List.of(timing.crossingLead(), timing.atPoint()), (m, next) -> {
                        String name = street.isEmpty() ? m.get("crossing.street.unknown") : street;
                        return new String[] {
                            m.get("crossing.junction.short", name), m.get("crossing.junction.full", name)
                        };
                    }));
        }
        return drafts;
    }

    private static boolean nearTurn(RouteGeometry g, int point, Set<Integer> turnPoints) {
        for (int t : turnPoints) if (Math.abs(g.along(t) - g.along(point)) < MERGE_METERS) return true;
        return false;
    }

    private List<Draft> steps(RouteGeometry g, PathDetailIndex details, int segments, Timing timing) {
        List<Draft> drafts = new ArrayList<>();
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
            drafts.add(new Draft(CueKind.STEPS, run[0], g.along(run[0]), timing.normal(), (m, next) -> {
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
    private List<Draft> kerbsAndGuidePaths(RouteGeometry g, PathDetailIndex details, int segments, Timing timing) {
        List<Draft> drafts = new ArrayList<>();
        for (int[] run : details.runs(
                segments, s -> details.text("kerb", s).equals("raised") && !isCrossed(details.text("crossed_road", s))))
            drafts.add(new Draft(CueKind.KERB, run[0], g.along(run[0]), timing.normal(), (m, next) ->
                    new String[] {m.get("kerb.raised.short"), m.get("kerb.raised.full")}));
        for (int[] run : details.runs(
                segments,
                s -> details.text("tactile_paving", s).equals("yes") && !isCrossed(details.text("crossed_road", s)))) {
            if (g.along(run[1]) - g.along(run[0]) < 5) continue;
            drafts.add(new Draft(
                    CueKind.TACTILE_GUIDE_PATH, run[0], g.along(run[0]), List.of(timing.atPoint()), (m, next) ->
                            new String[] {m.get("tactile.short"), m.get("tactile.full")}));
        }
        return drafts;
    }

    /** Where the route moves onto the sidewalk of another street without turning there. */
    private List<Draft> sidewalkChanges(
            RouteGeometry g, PathDetailIndex details, Set<Integer> turnPoints, Timing timing) {
        List<Draft> drafts = new ArrayList<>();
        String previous = details.text("sidewalk_of", 0);
        for (int p : details.edgeStarts()) {
            if (p >= g.size() - 1) break;
            String current = details.text("sidewalk_of", p);
            if (!current.isEmpty() && !current.equals(previous) && !nearTurn(g, p, turnPoints)) {
                drafts.add(new Draft(CueKind.SIDEWALK_CHANGE, p, g.along(p), List.of(timing.atPoint()), (m, next) ->
                        new String[] {m.get("sidewalk.short", current), m.get("sidewalk.full", current)}));
            }
            if (!current.isEmpty()) previous = current;
        }
        return drafts;
    }

    /**
     * Short reassurances on long stretches without cues: one in the middle of a stretch over 150 m, and
     * about every 200 m on longer ones.
     */
    private List<Draft> reassurances(
            List<Draft> sorted, RouteGeometry g, PathDetailIndex details, GuidanceOptions options) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            double from = sorted.get(i).along();
            double to = sorted.get(i + 1).along();
            double gap = to - from;
            if (gap < REASSURANCE_GAP_METERS) continue;
            int count = Math.max(1, (int) Math.round(gap / REASSURANCE_EVERY_METERS) - 1);
            for (int k = 1; k <= count; k++) {
                int point = g.pointAt(from + gap * k / (count + 1));
                String street = streetOf(details, Math.min(point, g.size() - 2));
                double remaining = to - g.along(point);
                drafts.add(new Draft(CueKind.REASSURANCE, point, g.along(point), List.of(0.0), (m, next) -> {
                    String along = m.get("along", street.isEmpty() ? m.get("path.generic") : street);
                    return new String[] {
                        m.get("reassurance.short", along),
                        m.get("reassurance.full", along, SpokenDistance.say(m, remaining, options.stepLengthMeters()))
                    };
                }));
            }
        }
        return drafts;
    }

    /** The street a walker is on: the sidewalk's street, or the way's own name. */
    static String streetOf(PathDetailIndex details, int segment) {
        String sidewalk = details.text("sidewalk_of", segment);
        return sidewalk.isEmpty() ? details.text("street_name", segment) : sidewalk;
    }

    /** Landmarks, except where another cue is already spoken close by. */
    private List<Draft> landmarks(
            RouteGeometry g, List<RouteLandmarks.Landmark> landmarks, List<Draft> others, Timing timing) {
        List<Draft> drafts = new ArrayList<>();
        for (RouteLandmarks.Landmark l : landmarks) {
            double along = Math.min(l.alongMeters(), g.length());
            if (others.stream().anyMatch(d -> Math.abs(d.along() - along) < LANDMARK_CLEARANCE_METERS)) continue;
            drafts.add(new Draft(
                    CueKind.LANDMARK,
                    g.pointAt(along),
                    along,
                    List.of(timing.atPoint()),
                    (m, next) -> {
                        String side = m.get(l.left() ? "landmark.left" : "landmark.right");
                        String category = l.category().isEmpty()
                                ? ""
                                : m.get("landmark.category", m.get("category." + l.category()));
                        return new String[] {
                            m.get("landmark.short", l.name(), side), m.get("landmark.full", l.name(), side, category)
                        };
                    },
                    l.lat(),
                    l.lon()));
        }
        return drafts;
    }

    private List<Draft> hazards(RouteGeometry g, List<HazardNotice> hazards, Timing timing, String language) {
        List<Draft> drafts = new ArrayList<>();
        for (HazardNotice h : hazards) {
            double along = Math.min(h.alongMeters(), g.length());
            String severity = h.obstacle().severity().code();
            String kind = "obstacle.kind." + h.obstacle().kind().code();
            String description = h.description(language);
            drafts.add(new Draft(
                    CueKind.HAZARD,
                    g.pointAt(along),
                    along,
                    timing.normal(),
                    (m, next) -> new String[] {
                        m.get("hazard." + severity + ".short", m.get(kind), description),
                        m.get("hazard." + severity + ".full", m.get(kind), description)
                    },
                    h.lat(),
                    h.lon()));
        }
        return drafts;
    }

    private static double round5(double value) {
        return Math.round(value / 5) * 5;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
