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
            "crossings_mapped",
            "traffic_signals_sound",
            "traffic_signals_vibration",
            "button_operated",
            "tactile_paving",
            "kerb",
            "crossing_island",
            "rail_crossing",
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

    private final TurnCues turnCues;
    private final CrossingCues crossingCues;

    public GuidanceComposer(StreetLookup streets, JunctionLookup junctions) {
        this.turnCues = new TurnCues(junctions);
        this.crossingCues = new CrossingCues(streets);
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
        CueTiming timing = new CueTiming(options);
        List<CueDraft> drafts = new ArrayList<>();
        if (geometry.size() < 2)
            return new RouteGuidance(messages.language(), messages.isFallback(), "", "", List.of());

        List<CueDraft> turns = new ArrayList<>(turnCues.turns(geometry, details, options, timing));
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
        drafts.addAll(crossingCues.crossings(geometry, details, segments, timing, crossingCounts));
        drafts.addAll(crossingCues.junctionCrossings(geometry, details, segments, timing, turnPoints, crossingCounts));
        drafts.addAll(crossingCues.railCrossings(geometry, details, segments, timing));
        drafts.addAll(WayFeatureCues.steps(geometry, details, segments, timing));
        drafts.addAll(WayFeatureCues.kerbsAndGuidePaths(geometry, details, segments, timing));
        drafts.addAll(WayFeatureCues.sidewalkChanges(geometry, details, turnPoints, timing));
        drafts.addAll(hazards(geometry, hazards, timing, messages.language()));
        drafts.addAll(landmarks(
                geometry, places == null ? List.of() : RouteLandmarks.along(geometry, places), drafts, timing));
        drafts.add(new CueDraft(
                CueKind.ARRIVAL, geometry.size() - 1, geometry.length(), List.of(ARRIVAL_RADIUS_METERS), (m, next) ->
                        new String[] {m.get("arrival.short"), m.get("arrival.full")}));
        drafts.sort(
                Comparator.comparingDouble(CueDraft::along).thenComparing(d -> d.kind() == CueKind.ARRIVAL ? 1 : 0));
        drafts.addAll(reassurances(drafts, geometry, details, options));
        drafts.sort(
                Comparator.comparingDouble(CueDraft::along).thenComparing(d -> d.kind() == CueKind.ARRIVAL ? 1 : 0));

        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            CueDraft d = drafts.get(i);
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

    private CueDraft depart(RouteGeometry g, PathDetailIndex details, GuidanceOptions options, int from) {
        double bearing = g.bearingAfter(from, BEARING_WINDOW_METERS);
        String street = streetOf(details, from);
        return new CueDraft(CueKind.DEPART, 0, 0, List.of(0.0), (m, next) -> {
            String along = street.isEmpty() ? "" : m.get("along", street);
            String heading = m.get(Direction.compassKey(bearing));
            return new String[] {
                m.get("depart.short", heading, along),
                m.get("depart.full", heading, along, SpokenDistance.say(m, next, options.stepLengthMeters()))
            };
        });
    }

    /**
     * Short reassurances on long stretches without cues: one in the middle of a stretch over 150 m, and
     * about every 200 m on longer ones.
     */
    private List<CueDraft> reassurances(
            List<CueDraft> sorted, RouteGeometry g, PathDetailIndex details, GuidanceOptions options) {
        List<CueDraft> drafts = new ArrayList<>();
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
                drafts.add(new CueDraft(CueKind.REASSURANCE, point, g.along(point), List.of(0.0), (m, next) -> {
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
    private List<CueDraft> landmarks(
            RouteGeometry g, List<RouteLandmarks.Landmark> landmarks, List<CueDraft> others, CueTiming timing) {
        List<CueDraft> drafts = new ArrayList<>();
        for (RouteLandmarks.Landmark l : landmarks) {
            double along = Math.min(l.alongMeters(), g.length());
            if (others.stream().anyMatch(d -> Math.abs(d.along() - along) < LANDMARK_CLEARANCE_METERS)) continue;
            drafts.add(new CueDraft(
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

    private List<CueDraft> hazards(RouteGeometry g, List<HazardNotice> hazards, CueTiming timing, String language) {
        List<CueDraft> drafts = new ArrayList<>();
        for (HazardNotice h : hazards) {
            double along = Math.min(h.alongMeters(), g.length());
            String severity = h.obstacle().severity().code();
            String kind = "obstacle.kind." + h.obstacle().kind().code();
            String description = h.description(language);
            drafts.add(new CueDraft(
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

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
