package se.accessiblenav.core.routing;

/**
 * A question for {@link WalkableNetwork#reach}: from where, for which profile, how far.
 *
 * @param byDistance true to limit by metres walked, false to limit by seconds walking
 * @param limit the largest limit, seconds or metres
 * @param buckets the number of areas, at equal steps up to the limit
 * @param reverseFlow true for the area from which the point is reached, false for the area reached from it
 */
public record ReachQuery(
        double lat, double lon, String profile, boolean byDistance, double limit, int buckets, boolean reverseFlow) {
    /** Walking for an hour, or 5 km: a search of some ten thousand junctions in a dense city. */
    public static final double MAX_SECONDS = 3600;

    public static final double MAX_METERS = 5000;
    public static final int MAX_BUCKETS = 10;

    public ReachQuery {
        double max = byDistance ? MAX_METERS : MAX_SECONDS;
        if (!(limit > 0 && limit <= max))
            throw new IllegalArgumentException((byDistance
                            ? "distance_limit must be more than 0 and at most " + (int) MAX_METERS + " metres"
                            : "time_limit must be more than 0 and at most " + (int) MAX_SECONDS + " seconds")
                    + "; was " + limit);
        if (buckets < 1 || buckets > MAX_BUCKETS)
            throw new IllegalArgumentException("buckets must be from 1 to " + MAX_BUCKETS + "; was " + buckets);
    }
}
