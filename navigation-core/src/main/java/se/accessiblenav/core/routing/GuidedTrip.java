package se.accessiblenav.core.routing;

import com.graphhopper.ResponsePath;
import com.graphhopper.Trip;
import com.graphhopper.util.Instruction;
import com.graphhopper.util.InstructionList;
import com.graphhopper.util.PointList;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A trip as the walker is guided: GraphHopper's trip with each walk replaced by the walk of the profile
 * (its line, length and instructions) at the times the walker will walk it ({@link Timeline}), so that what
 * a client draws and lists is what the guidance says. Rides stay as GraphHopper planned them.
 */
final class GuidedTrip {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private GuidedTrip() {}

    /**
     * @param planned GraphHopper's trip
     * @param walks the guided walk of each walk leg (null for rides, and for walks that could not be routed:
     *     those keep GraphHopper's)
     */
    static ResponsePath rebuild(ResponsePath planned, List<ResponsePath> walks, Timeline timeline) {
        List<Trip.Leg> legs = planned.getLegs();
        List<Instruction> rideInstructions = new ArrayList<>();
        for (Instruction instruction : planned.getInstructions())
            if (isRide(instruction)) rideInstructions.add(instruction);
        InstructionList instructions =
                new InstructionList(planned.getInstructions().getTr());
        List<Trip.Leg> rebuilt = new ArrayList<>();
        int nextRideInstruction = 0;
        double distance = 0;
        for (int i = 0; i < legs.size(); i++) {
            Trip.Leg leg = legs.get(i);
            boolean last = i == legs.size() - 1;
            if (leg instanceof Trip.PtLeg) {
                rebuilt.add(leg);
                distance += leg.getDistance();
                // a ride's start (or in-seat transfer) and, where GraphHopper gives one, its end
                if (nextRideInstruction < rideInstructions.size())
                    instructions.add(rideInstructions.get(nextRideInstruction++));
                if (nextRideInstruction < rideInstructions.size()
                        && rideInstructions.get(nextRideInstruction).getSign() == Instruction.PT_END_TRIP)
                    instructions.add(rideInstructions.get(nextRideInstruction++));
                continue;
            }
            ResponsePath walk = walks.get(i);
            InstructionList walkInstructions =
                    walk != null ? walk.getInstructions() : ((Trip.WalkLeg) leg).instructions;
            InstructionList legInstructions = new InstructionList(walkInstructions.getTr());
            for (Instruction instruction : walkInstructions)
                if (last || instruction.getSign() != Instruction.FINISH) legInstructions.add(instruction);
            instructions.addAll(legInstructions);
            PointList points = walk != null ? walk.getPoints() : null;
            double meters = walk != null ? walk.getDistance() : leg.getDistance();
            distance += meters;
            rebuilt.add(new Trip.WalkLeg(
                    leg.departureLocation,
                    Date.from(timeline.start(i)),
                    points != null ? line(points) : leg.geometry,
                    meters,
                    legInstructions,
                    Map.of(),
                    Date.from(timeline.end(i))));
        }
        ResponsePath path = new ResponsePath();
        PointList points = new PointList();
        for (Instruction instruction : instructions) points.add(instruction.getPoints());
        path.setPoints(points);
        path.setWaypoints(planned.getWaypoints());
        path.setInstructions(instructions);
        path.setDistance(distance);
        path.setTime(
                java.time.Duration.between(timeline.leave(), timeline.arrive()).toMillis());
        path.setRouteWeight(planned.getRouteWeight());
        path.setNumChanges(planned.getNumChanges());
        path.setFare(planned.getFare());
        path.setImpossible(planned.isImpossible());
        path.getLegs().addAll(rebuilt);
        return path;
    }

    private static boolean isRide(Instruction instruction) {
        int sign = instruction.getSign();
        return sign == Instruction.PT_START_TRIP || sign == Instruction.PT_TRANSFER || sign == Instruction.PT_END_TRIP;
    }

    private static org.locationtech.jts.geom.LineString line(PointList points) {
        Coordinate[] coordinates = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) coordinates[i] = new Coordinate(points.getLon(i), points.getLat(i));
        return GEOMETRY.createLineString(coordinates);
    }
}
