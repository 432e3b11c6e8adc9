package se.accessiblenav.core.routing;

/**
 * What map the router has loaded.
 *
 * @param osmFileName the extract's file name
 * @param minLat south edge of the routable network
 * @param minLon west edge
 * @param maxLat north edge
 * @param maxLon east edge
 * @param dataTimestamp OSM data timestamp from the extract header, or empty if unknown
 * @param importTimestamp when the graph was built
 */
public record MapInfo(
        String osmFileName,
        double minLat,
        double minLon,
        double maxLat,
        double maxLon,
        String dataTimestamp,
        String importTimestamp) {
    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
}
