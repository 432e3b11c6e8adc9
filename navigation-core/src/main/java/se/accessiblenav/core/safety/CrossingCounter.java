package se.accessiblenav.core.safety;

import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.accessiblenav.core.osm.CrossedRoad;

/**
 * Counts, from raw OSM data, the crossings and steps a route takes. A crossing is counted where the
 * route, walking on foot ways, passes a node of a car road (mapped crossing or not), and where the route
 * follows a road straight through a junction with a side street (the implicit crossing). Driveways and
 * parking aisles are counted apart from street crossings.
 */
public final class CrossingCounter {
    private static final Set<String> SOUND = Set.of("yes", "locate", "walk");
    private static final double STRAIGHT_ON_DEGREES = 40;

    private final OsmWalkIndex osm;

    public CrossingCounter(OsmWalkIndex osm) {
        this.osm = osm;
    }

    private record RoutePoint(long nodeId, double lat, double lon) {}

    private static final class Tally {
        int busy;
        int quiet;
        int signalised;
        int acoustic;
        int steps;
        int driveways;
    }

    /** The route's points must be unsimplified ({@code way_point_max_distance=0}) to meet every node. */
    public RouteSafety count(PointList points, double lengthMeters) {
        List<RoutePoint> route = matchNodes(points);
        List<Optional<OsmWalkIndex.Way>> segments = new ArrayList<>();
        for (int i = 0; i + 1 < route.size(); i++)
            segments.add(
                    osm.findWayBetween(route.get(i).nodeId(), route.get(i + 1).nodeId()));
        Tally tally = new Tally();
        countSteps(segments, tally);
        for (int i = 1; i + 1 < route.size(); i++) {
            Optional<OsmWalkIndex.Way> in = segments.get(i - 1);
            Optional<OsmWalkIndex.Way> out = segments.get(i);
            if (in.isEmpty() || out.isEmpty()) continue;
            countCrossing(route.get(i - 1), route.get(i), route.get(i + 1), in.get(), out.get(), tally);
        }
        return new RouteSafety(
                lengthMeters, tally.busy, tally.quiet, tally.signalised, tally.acoustic, tally.steps, tally.driveways);
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

    private void countCrossing(
            RoutePoint before,
            RoutePoint at,
            RoutePoint after,
            OsmWalkIndex.Way in,
            OsmWalkIndex.Way out,
            Tally tally) {
        boolean inOnRoad = trafficOf(in).isRoad();
        boolean outOnRoad = trafficOf(out).isRoad();
        CrossedRoad crossed = CrossedRoad.NONE;
        if (!inOnRoad && !outOnRoad) {
            // on foot ways through a road node: crossing that road, mapped or not
            for (OsmWalkIndex.Way way : osm.waysAt(at.nodeId())) crossed = crossed.max(trafficOf(way));
        } else if (inOnRoad && outOnRoad && isStraightOn(before, at, after, in, out)) {
            crossed = sideStreetAt(at.nodeId(), in, out);
        }
        if (!crossed.isRoad()) return;
        if (crossed == CrossedRoad.DRIVEWAY) {
            tally.driveways++;
            return;
        }
        Map<String, String> node = osm.nodeTags(at.nodeId());
        if (isSignalised(node, in, out)) {
            tally.signalised++;
            if (hasSoundOrVibration(node, in, out)) tally.acoustic++;
        } else if (crossed == CrossedRoad.BUSY) {
            tally.busy++;
        } else {
            tally.quiet++;
        }
    }

    /** The busiest road at a junction other than the street followed; NONE where no side street joins. */
    private CrossedRoad sideStreetAt(long nodeId, OsmWalkIndex.Way in, OsmWalkIndex.Way out) {
        int roadArms = 0;
        CrossedRoad side = CrossedRoad.NONE;
        for (OsmWalkIndex.Way way : osm.waysAt(nodeId)) {
            if (!trafficOf(way).isRoad()) continue;
            roadArms += osm.armsOf(nodeId, way.id());
            boolean followed = way.id() == in.id()
                    || way.id() == out.id()
                    || (way.tag("name") != null
                            && (way.tag("name").equals(in.tag("name"))
                                    || way.tag("name").equals(out.tag("name"))));
            if (!followed) side = side.max(trafficOf(way));
        }
        return roadArms >= 3 ? side : CrossedRoad.NONE;
    }

    private static boolean isStraightOn(
            RoutePoint before, RoutePoint at, RoutePoint after, OsmWalkIndex.Way in, OsmWalkIndex.Way out) {
        if (in.id() == out.id() || (in.tag("name") != null && Objects.equals(in.tag("name"), out.tag("name"))))
            return true;
        double turn = Math.abs(bearing(before, at) - bearing(at, after)) % 360;
        return Math.min(turn, 360 - turn) < STRAIGHT_ON_DEGREES;
    }

    private static double bearing(RoutePoint from, RoutePoint to) {
        return AngleCalc.ANGLE_CALC.calcAzimuth(from.lat(), from.lon(), to.lat(), to.lon());
    }

    private static CrossedRoad trafficOf(OsmWalkIndex.Way way) {
        return CrossedRoad.ofHighway(way.tag("highway"), way.tag("service"));
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
