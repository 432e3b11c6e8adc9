package se.accessiblenav.core.routing;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * How far a walker gets from (or, reversed, to) a point: the area reached within each bucket's limit,
 * following the walks the profile's routes take.
 *
 * @param profile the walker profile
 * @param start where the search started on the network
 * @param areas one area per bucket, the smallest limit first
 * @param settledNodes junctions the search reached, a measure of its cost
 */
public record Reachability(String profile, NearestWay start, List<Area> areas, int settledNodes) {
    /**
     * @param bucket 0 for the first limit
     * @param limit the limit of this bucket: seconds for a time limit, metres for a distance limit
     * @param polygon the area (WGS 84 longitude, latitude), a polygon or several
     */
    public record Area(int bucket, double limit, Geometry polygon) {}
}
