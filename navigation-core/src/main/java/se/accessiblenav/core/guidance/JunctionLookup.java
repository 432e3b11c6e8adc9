package se.accessiblenav.core.guidance;

import java.util.List;

/** What else leaves a junction of the route: the ways a walker could take by mistake. */
public interface JunctionLookup {
    /**
     * @param arrivingEdge the route's way into the junction (GraphHopper edge id)
     * @param leavingEdge the route's way out of it
     * @param lat the junction
     * @param lon the junction
     * @return the bearings, in degrees from north, of the other walkable ways that leave the junction;
     *     empty where the junction is not a node of the network (a start or destination placed on a way)
     */
    List<Double> otherWayBearings(int arrivingEdge, int leavingEdge, double lat, double lon);

    JunctionLookup NONE = (arriving, leaving, lat, lon) -> List.of();
}
