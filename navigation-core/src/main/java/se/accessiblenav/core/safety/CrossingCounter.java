package se.accessiblenav.core.safety;

import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.GHPoint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.accessiblenav.core.osm.CrossedRoad;

/**
 * Counts, from raw OSM data, the crossings and steps a route takes. A crossing is counted where the
 * route, walking on foot ways, passes a node of a car road (mapped crossing or not); where the route
 * follows a road straight through a junction with a side street (the implicit crossing); and where a
 * walker on a road without a sidewalk must get to its other edge: to leave it for a foot way on the
 * other side, or to turn into a street on the other side. Driveways and parking aisles are counted
 * apart from street crossings. Each unsignalled street crossing is also counted by its {@link
 * CrossingPlace}.
 *
 * <p>On a road the walker keeps to one edge, the {@link Side}. Where the route does not say which (it
 * starts on the road, or between two way nodes, whose piece up to the first node is not judged), the
 * walker takes the edge that avoids a crossing.
 */
public final class CrossingCounter {
    private static final Set<String> SOUND = Set.of("yes", "locate", "walk");
    private static final double STRAIGHT_ON_DEGREES = 40;
    /** A foot way meeting a road at less than this angle says nothing about the side it joins. */
    private static final double SIDE_MIN_SINE = Math.sin(Math.toRadians(15));

    /** The edge of a road without sidewalk a walker keeps to, seen in the direction of walking. */
    public enum Side {
        EITHER,
        LEFT,
        RIGHT
    }

    /**
     * The unsignalled street crossings along some points (all, and those of busy roads), and the side of
     * the road the walker ends on.
     */
    public record Stretch(int unsignalledBusyCrossings, int unsignalledCrossings, Side side) {}

    private final OsmWalkIndex osm;

    public CrossingCounter(OsmWalkIndex osm) {
        this.osm = osm;
    }

    private record RoutePoint(long nodeId, double lat, double lon) {}

    private static final class Tally {
        int busy;
        int quiet;
        int service;
        final Map<CrossingPlace, Integer> places = new EnumMap<>(CrossingPlace.class);
        int signalised;
        int acoustic;
        int steps;
        int driveways;
    }

    /** The route's points must be unsimplified ({@code way_point_max_distance=0}) to meet every node. */
    public RouteSafety count(PointList points, double lengthMeters) {
        Tally tally = new Tally();
        walk(points, Side.EITHER, tally);
        return new RouteSafety(
                lengthMeters,
                tally.busy,
                tally.quiet,
                tally.service,
                tally.places,
                tally.signalised,
                tally.acoustic,
                tally.steps,
                tally.driveways);
    }

    /**
     * For searches that build a route piece by piece: the crossings at the inner points of {@code
     * points}, for a walker who arrives on {@code side}. Walking two pieces that share a point (the first
     * one's last two points followed by the second) counts what walking them as one route counts.
     */
    public Stretch stretch(PointList points, Side side) {
        Tally tally = new Tally();
        Side after = walk(points, side, tally);
        return new Stretch(tally.busy, tally.busy + tally.quiet, after);
    }

    private Side walk(PointList points, Side side, Tally tally) {
        List<RoutePoint> route = matchNodes(points);
        List<Optional<OsmWalkIndex.Way>> segments = new ArrayList<>();
        for (int i = 0; i + 1 < route.size(); i++)
            segments.add(
                    osm.findWayBetween(route.get(i).nodeId(), route.get(i + 1).nodeId()));
        countSteps(segments, tally);
        for (int i = 1; i + 1 < route.size(); i++) {
            Optional<OsmWalkIndex.Way> in = segments.get(i - 1);
            Optional<OsmWalkIndex.Way> out = segments.get(i);
            side = in.isEmpty() || out.isEmpty()
                    ? Side.EITHER
                    : pass(route.get(i - 1), route.get(i), route.get(i + 1), in.get(), out.get(), side, tally);
        }
        return side;
    }

    private List<RoutePoint> matchNodes(PointList points) {
        List<RoutePoint> route = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            double lat = points.getLat(i);
            double lon = points.getLon(i);
            osm.findNodeAt(lat, lon).ifPresent(id -> {
                if (route.isEmpty() || route.get(route.size() - 1).nodeId() != id)
                    route.add(new RoutePoint(id, lat, lon));
            });
        }
        return route;
    }

    private static void countSteps(List<Optional<OsmWalkIndex.Way>> segments, Tally tally) {
        long previousStepsWay = -1;
        for (Optional<OsmWalkIndex.Way> segment : segments) {
            boolean steps = segment.isPresent() && "steps".equals(segment.get().tag("highway"));
            if (steps && segment.get().id() != previousStepsWay) tally.steps++;
            previousStepsWay = steps ? segment.get().id() : -1;
        }
    }

    /** What the walker crosses at a route point, where, and the side of the road they walk on after it. */
    private record Passage(CrossedRoad crossed, CrossingPlace place, Side next) {
        static Passage none(Side next) {
            return new Passage(CrossedRoad.NONE, null, next);
        }
    }

    /** Counts what the walker crosses at {@code at}; returns the side of the road they walk on after it. */
    private Side pass(
            RoutePoint before,
            RoutePoint at,
            RoutePoint after,
            OsmWalkIndex.Way in,
            OsmWalkIndex.Way out,
            Side side,
            Tally tally) {
        Passage passage = passage(before, at, after, in, out, side);
        CrossedRoad crossed = passage.crossed();
        if (!crossed.isRoad()) return passage.next();
        Map<String, String> node = osm.nodeTags(at.nodeId());
        if (crossed == CrossedRoad.DRIVEWAY) {
            tally.driveways++;
        } else if (isSignalised(node, in, out)) {
            tally.signalised++;
            if (hasSoundOrVibration(node, in, out)) tally.acoustic++;
        } else {
            if (crossed == CrossedRoad.BUSY) tally.busy++;
            else tally.quiet++;
            if (crossed == CrossedRoad.SERVICE) tally.service++;
            tally.places.merge(passage.place(), 1, Integer::sum);
        }
        return passage.next();
    }

    /** What the walker crosses at {@code at}, if anything, and where; signals and driveways aside. */
    private Passage passage(
            RoutePoint before, RoutePoint at, RoutePoint after, OsmWalkIndex.Way in, OsmWalkIndex.Way out, Side side) {
        boolean inOnRoad = trafficOf(in).isRoad();
        boolean outOnRoad = trafficOf(out).isRoad();
        if (!inOnRoad && !outOnRoad) {
            // on foot ways through a road node: crossing that road, mapped or not
            CrossedRoad crossed = CrossedRoad.NONE;
            for (OsmWalkIndex.Way way : osm.waysAt(at.nodeId())) crossed = crossed.max(trafficOf(way));
            boolean mapped = isMappedCrossing(osm.nodeTags(at.nodeId()), in, out);
            return new Passage(crossed, mapped ? CrossingPlace.MAPPED : CrossingPlace.UNTAGGED, Side.EITHER);
        }
        if (!inOnRoad) {
            // stepping onto a road: the walker is on the edge the foot way came from
            return Passage.none(sideOf(at, after, at, before));
        }
        if (!outOnRoad) {
            // leaving a road for a foot way on its other edge: crossing the road
            Side exit = sideOf(before, at, at, after);
            return side != Side.EITHER && exit != Side.EITHER && exit != side
                    ? new Passage(trafficOf(in), CrossingPlace.FAR_SIDE_EXIT, Side.EITHER)
                    : Passage.none(Side.EITHER);
        }
        if (isStraightOn(before, at, after, in, out))
            return new Passage(sideStreetAt(before, at, after, in, out), CrossingPlace.PAST_SIDE_STREET, side);
        if (isRoadJunction(at.nodeId())) {
            // turning into another street: from the far edge, the walker crosses the street they leave
            Side turn = sideOf(before, at, at, after);
            if (side != Side.EITHER && turn != Side.EITHER && turn != side)
                return new Passage(trafficOf(in), CrossingPlace.TURN_ACROSS, turn);
            return Passage.none(side == Side.EITHER ? turn : side);
        }
        return Passage.none(side);
    }

    /**
     * Which side of the direction from {@code from} to {@code to} the point {@code point} lies on, seen
     * from {@code base}; EITHER when it lies almost straight ahead or behind.
     */
    private static Side sideOf(RoutePoint from, RoutePoint to, RoutePoint base, RoutePoint point) {
        double scale = Math.cos(Math.toRadians(base.lat()));
        double ax = (to.lon() - from.lon()) * scale;
        double ay = to.lat() - from.lat();
        double bx = (point.lon() - base.lon()) * scale;
        double by = point.lat() - base.lat();
        double lengths = Math.hypot(ax, ay) * Math.hypot(bx, by);
        if (lengths == 0) return Side.EITHER;
        double sine = (ax * by - ay * bx) / lengths;
        if (Math.abs(sine) < SIDE_MIN_SINE) return Side.EITHER;
        return sine > 0 ? Side.LEFT : Side.RIGHT;
    }

    private boolean isRoadJunction(long nodeId) {
        int roadArms = 0;
        for (OsmWalkIndex.Way way : osm.waysAt(nodeId))
            if (trafficOf(way).isRoad()) roadArms += osm.armsOf(nodeId, way.id());
        return roadArms >= 3;
    }

    /** The busiest road at a junction other than the street followed; NONE where no side street joins. */
    private CrossedRoad sideStreetAt(
            RoutePoint before, RoutePoint at, RoutePoint after, OsmWalkIndex.Way in, OsmWalkIndex.Way out) {
        if (!isRoadJunction(at.nodeId())) return CrossedRoad.NONE;
        CrossedRoad side = CrossedRoad.NONE;
        for (OsmWalkIndex.Way way : osm.waysAt(at.nodeId())) {
            if (!trafficOf(way).isRoad() || way.id() == in.id() || way.id() == out.id()) continue;
            if (hasNameOf(way, in, out) && runsAlongWalk(way, before, at, after)) continue;
            side = side.max(trafficOf(way));
        }
        return side;
    }

    private static boolean hasNameOf(OsmWalkIndex.Way way, OsmWalkIndex.Way in, OsmWalkIndex.Way out) {
        String name = way.tag("name");
        return name != null && (name.equals(in.tag("name")) || name.equals(out.tag("name")));
    }

    /**
     * True when each arm of the way at {@code at} points back along the walk or ahead along it: the other
     * carriageway of the street followed, joining it. A link between two carriageways often has the
     * street's name too, and it leads across them.
     */
    private boolean runsAlongWalk(OsmWalkIndex.Way way, RoutePoint before, RoutePoint at, RoutePoint after) {
        double back = bearing(at.lat(), at.lon(), before.lat(), before.lon());
        double ahead = bearing(at.lat(), at.lon(), after.lat(), after.lon());
        for (GHPoint end : osm.armEnds(at.nodeId(), way.id())) {
            double arm = bearing(at.lat(), at.lon(), end.getLat(), end.getLon());
            if (angleBetween(arm, back) >= STRAIGHT_ON_DEGREES && angleBetween(arm, ahead) >= STRAIGHT_ON_DEGREES)
                return false;
        }
        return true;
    }

    private static boolean isStraightOn(
            RoutePoint before, RoutePoint at, RoutePoint after, OsmWalkIndex.Way in, OsmWalkIndex.Way out) {
        if (in.id() == out.id() || (in.tag("name") != null && Objects.equals(in.tag("name"), out.tag("name"))))
            return true;
        double into = bearing(before.lat(), before.lon(), at.lat(), at.lon());
        return angleBetween(into, bearing(at.lat(), at.lon(), after.lat(), after.lon())) < STRAIGHT_ON_DEGREES;
    }

    private static double bearing(double fromLat, double fromLon, double toLat, double toLon) {
        return AngleCalc.ANGLE_CALC.calcAzimuth(fromLat, fromLon, toLat, toLon);
    }

    /** The angle between two bearings, 0 to 180 degrees. */
    private static double angleBetween(double a, double b) {
        double turn = Math.abs(a - b) % 360;
        return Math.min(turn, 360 - turn);
    }

    private static CrossedRoad trafficOf(OsmWalkIndex.Way way) {
        return CrossedRoad.ofHighway(way.tag("highway"), way.tag("service"));
    }

    private static boolean isMappedCrossing(Map<String, String> node, OsmWalkIndex.Way in, OsmWalkIndex.Way out) {
        if ("crossing".equals(node.get("highway")) || node.containsKey("crossing")) return true;
        for (OsmWalkIndex.Way way : List.of(in, out))
            if ("crossing".equals(way.tag("footway")) || way.tag("crossing") != null) return true;
        return false;
    }

    private static boolean isSignalised(Map<String, String> node, OsmWalkIndex.Way in, OsmWalkIndex.Way out) {
        if ("traffic_signals".equals(node.get("highway"))) return true;
        for (Map<String, String> tags : List.of(node, in.tags(), out.tags())) {
            String crossing = tags.get("crossing");
            if ("traffic_signals".equals(crossing)
                    || "controlled".equals(crossing)
                    || "yes".equals(tags.get("crossing:signals"))) return true;
        }
        return false;
    }

    private static boolean hasSoundOrVibration(Map<String, String> node, OsmWalkIndex.Way in, OsmWalkIndex.Way out) {
        for (Map<String, String> tags : List.of(node, in.tags(), out.tags())) {
            String sound = tags.get("traffic_signals:sound");
            if ((sound != null && SOUND.contains(sound)) || "yes".equals(tags.get("traffic_signals:vibration")))
                return true;
        }
        return false;
    }
}
