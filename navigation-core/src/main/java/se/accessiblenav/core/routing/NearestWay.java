package se.accessiblenav.core.routing;

/**
 * Where a point joins the walkers' network for one profile: the nearest place on a way that profile may
 * walk and that belongs to its main network (not an island the route search could not leave).
 *
 * @param profile the profile the point was placed for
 * @param lat latitude of the place on the way
 * @param lon longitude of the place on the way
 * @param distanceMeters straight-line distance from the point asked about
 * @param name the way's name, or empty
 * @param roadClass the way's OSM class, lower case ({@code footway}, {@code residential}, ...)
 */
public record NearestWay(
        String profile, double lat, double lon, double distanceMeters, String name, String roadClass) {}
