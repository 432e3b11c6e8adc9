package se.accessiblenav.core.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.util.function.Function;

/**
 * Round trips ({@code algorithm=round_trip}) of about the length asked for. GraphHopper shapes a round trip
 * from points at a distance chosen by {@code round_trip.seed}; where the walker profile's ways bend the way
 * back, one shape can come out several times longer (2 km asked, 10 km walked on a mountain map). Then the
 * next seeds are tried, and the trip nearest the asked length is the answer.
 */
final class RoundTrips {
    static final String ALGORITHM = "round_trip";
    /** Shapes tried at most, the request's seed first. */
    static final int SEEDS = 4;
    /** A trip within this fraction of the asked length is taken without trying another shape. */
    static final double TOLERANCE = 0.3;

    private final Function<GHRequest, GHResponse> search;

    RoundTrips(Function<GHRequest, GHResponse> search) {
        this.search = search;
    }

    static boolean isRoundTrip(GHRequest request) {
        return ALGORITHM.equalsIgnoreCase(request.getAlgorithm());
    }

    GHResponse route(GHRequest request) {
        double wanted = request.getHints().getDouble("round_trip.distance", 10_000);
        long seed = request.getHints().getLong("round_trip.seed", 0);
        GHResponse best = search.apply(request);
        for (int i = 1; i < SEEDS && (best.hasErrors() || off(best, wanted) > TOLERANCE); i++) {
            GHResponse other = search.apply(withSeed(request, seed + i));
            if (!other.hasErrors() && (best.hasErrors() || off(other, wanted) < off(best, wanted))) best = other;
        }
        return best;
    }

    private static double off(GHResponse response, double wanted) {
        return Math.abs(response.getBest().getDistance() - wanted) / wanted;
    }

    private static GHRequest withSeed(GHRequest request, long seed) {
        GHRequest copy = new GHRequest(request.getPoints())
                .setProfile(request.getProfile())
                .setHeadings(request.getHeadings())
                .setPointHints(request.getPointHints())
                .setCurbsides(request.getCurbsides())
                .setSnapPreventions(request.getSnapPreventions())
                .setPathDetails(request.getPathDetails())
                .setAlgorithm(request.getAlgorithm())
                .setLocale(request.getLocale())
                .setCustomModel(request.getCustomModel());
        copy.getHints().putAll(request.getHints());
        copy.getHints().putObject("round_trip.seed", seed);
        return copy;
    }
}
